"""The peer: datatrove's WARC-to-text pipeline, run on the same WARC files as the corpus job.

datatrove is what a team would otherwise reach for to turn WARC files into
text. Its pipeline here is the one its documentation shows, with its default
extractor settings:

    WarcReader(folder, glob_pattern="*.warc.gz")
      -> Trafilatura(favour_precision=True)      (timeout=0.1 s per page, deduplicate=True)
      -> JsonlWriter(temp folder)                (gzipped JSON lines)

on LocalPipelineExecutor(tasks=<one per WARC file>, workers=N), N = 1 or 2.
It does less than the corpus job (no metadata, language, datelines, wire
tags, dedup or Parquet; pages that take longer than 0.1 s to extract are
dropped, though their extraction thread runs on, and so is the first page
each process extracts, as trafilatura is imported inside that first 0.1 s), so it is a
floor that the job's cost is read against, not a like-for-like rival.

datatrove is not a dependency of this project: it gets its own virtual
environment, created on first use (default
~/.cache/news-corpus-bench/datatrove-venv, or --venv), with the datatrove
version pinned below and the same trafilatura as the job. The pipeline runs
as a script of that environment's python, measured from outside by
benchmarks/process_tree.py (see benchmarks/contenders.py).

    .venv/bin/python -m benchmarks.peer_datatrove --setup            # create the environment only
    .venv/bin/python -m benchmarks.peer_datatrove --warcs DIR [--workers 2]
"""
from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

# The last release whose executor, reader and extractor signatures the script
# below was checked against; it installs on Python 3.10+ with trafilatura 2.x.
DATATROVE_VERSION = "0.2.0"
# The same extraction library as the job (setup.py), so that both extract alike.
TRAFILATURA_VERSION = "2.3.1"
# datatrove[processing] brings trafilatura; WarcReader also needs these (its _requires_dependencies).
REQUIREMENTS = (f"datatrove[processing]=={DATATROVE_VERSION}", f"trafilatura=={TRAFILATURA_VERSION}",
                "lxml_html_clean", "warcio", "faust-cchardet", "python-magic")
DEFAULT_VENV = Path.home() / ".cache" / "news-corpus-bench" / "datatrove-venv"

PEER_SCRIPT = '''\
import sys

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.extractors import Trafilatura
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter


def main():
    warc_dir, out_dir, logs_dir, tasks, workers = sys.argv[1:6]
    executor = LocalPipelineExecutor(
        pipeline=[
            WarcReader(warc_dir, glob_pattern="*.warc.gz"),
            Trafilatura(favour_precision=True),
            JsonlWriter(out_dir),
        ],
        tasks=int(tasks),
        workers=int(workers),
        logging_dir=logs_dir,
    )
    executor.run()


if __name__ == "__main__":
    main()
'''


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def installed_version(venv: Path) -> str | None:
    """The datatrove version installed in `venv`, or None if there is none (or no venv)."""
    python = venv_python(venv)
    if not python.exists():
        return None
    probe = subprocess.run([str(python), "-c", "import importlib.metadata as m, datatrove.executor, "
                            "datatrove.pipeline.extractors, trafilatura, warcio, cchardet, magic; "
                            "print(m.version('datatrove'))"], capture_output=True, text=True)
    return probe.stdout.strip() if probe.returncode == 0 else None


def ensure_venv(venv: Path = DEFAULT_VENV, quiet: bool = False) -> Path:
    """Creates `venv` and installs the pinned datatrove unless it is already there; returns its python."""
    if installed_version(venv) == DATATROVE_VERSION:
        return venv_python(venv)
    say = (lambda *_: None) if quiet else (lambda text: print(text, file=sys.stderr, flush=True))
    if not venv_python(venv).exists():
        say(f"[peer] creating virtual environment {venv}")
        venv.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    say(f"[peer] installing {', '.join(REQUIREMENTS)} (once; this takes a few minutes)")
    install = subprocess.run([str(venv_python(venv)), "-m", "pip", "install", "--quiet", *REQUIREMENTS],
                             capture_output=True, text=True)
    if install.returncode != 0:
        # pip's notices about unreachable local index folders are noise; its errors are what matter.
        lines = [line for line in (install.stdout + install.stderr).splitlines()
                 if "is ignored: it is neither" not in line]
        raise RuntimeError("pip install failed in {}:\n{}".format(venv, "\n".join(lines[-30:])))
    version = installed_version(venv)
    if version != DATATROVE_VERSION:
        raise RuntimeError(f"datatrove {DATATROVE_VERSION} did not install in {venv} (found {version})")
    return venv_python(venv)


def peer_command(python: Path, warc_dir: Path, workdir: Path, workers: int) -> list[str]:
    """The command that runs the peer pipeline on `warc_dir`, writing under `workdir` (created here)."""
    workdir.mkdir(parents=True, exist_ok=True)
    script = workdir / "datatrove_pipeline.py"
    script.write_text(PEER_SCRIPT, encoding="utf-8")
    tasks = max(1, len(list(warc_dir.glob("*.warc.gz"))))
    return [str(python), str(script), str(warc_dir), str(workdir / "out"), str(workdir / "logs"),
            str(tasks), str(workers)]


def documents_written(workdir: Path) -> int:
    """Lines of the JSON-lines files the peer wrote under `workdir`."""
    count = 0
    for path in sorted((workdir / "out").glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            count += sum(1 for _ in handle)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    parser.add_argument("--setup", action="store_true", help="only create the environment")
    parser.add_argument("--warcs", type=Path, help="folder of *.warc.gz files to run the peer on")
    parser.add_argument("--workers", type=int, default=1, choices=(1, 2))
    args = parser.parse_args(argv)
    python = ensure_venv(args.venv)
    print(f"datatrove {DATATROVE_VERSION} in {args.venv} "
          f"(job's trafilatura: {importlib.metadata.version('trafilatura')})")
    if args.setup or args.warcs is None:
        return 0
    from benchmarks.contenders import run_peer

    result = run_peer(args.warcs, args.workers, venv=args.venv)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
