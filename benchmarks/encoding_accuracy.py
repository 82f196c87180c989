"""Charset decoding accuracy on ../shared/corpora/chardet-testdata.

Each folder is named after the true encoding of its files (plain text and
HTML, mostly without any declaration, so this measures detection). The
expected text is what a browser decodes: labels map to their WHATWG
decoders (Shift_JIS -> windows-31j, GB2312 -> GB18030, ISO-8859-1 ->
windows-1252, ...), since that is also what the pipeline does.

    .venv/bin/python -m benchmarks.encoding_accuracy [--errors] [--timing]

--errors lists every file that decodes wrongly with the codec chosen for it;
--timing reports the wall time of decode_page per page (best of 5 runs, so
one-off import and cache warm-up costs do not count).
"""
from __future__ import annotations

import argparse
import codecs
import sys
import time
from pathlib import Path

from transforms.extract import BROWSER_SUPERSETS, decode_page

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "chardet-testdata" / "tests"
_LANGUAGE_SUFFIXES = ("-arabic", "-bulgarian", "-croatian", "-czech", "-greek", "-hebrew", "-hungarian", "-polish",
                      "-romanian", "-russian", "-slovak", "-slovene", "-turkish")


def expected_codec(folder: str) -> str | None:
    label = folder.lower()
    for suffix in _LANGUAGE_SUFFIXES:
        label = label.removesuffix(suffix)
    label = BROWSER_SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _per_page_seconds(pages: list[bytes], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for data in pages:
            decode_page(data)
        best = min(best, time.perf_counter() - start)
    return best / len(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--errors", action="store_true", help="list each failing file and the codec chosen")
    parser.add_argument("--timing", action="store_true", help="report per-page decode time")
    args = parser.parse_args(argv)
    if not args.root.exists():
        print(f"test data not found at {args.root}", file=sys.stderr)
        return 2
    total = right = 0
    misses = []
    pages = []
    for folder in sorted(p for p in args.root.iterdir() if p.is_dir()):
        codec = expected_codec(folder.name)
        if codec is None:
            print(f"{folder.name:<28} skipped: no Python codec")
            continue
        hits = files = 0
        for path in sorted(folder.iterdir()):
            data = path.read_bytes()
            expected = data.decode(codec, errors="replace").lstrip("\ufeff")
            text, chosen = decode_page(data)
            got = text.lstrip("\ufeff")
            pages.append(data)
            files += 1
            hits += got == expected
            if got != expected:
                misses.append(f"{folder.name}/{path.name}: chose {chosen}, expected {codec}")
        total, right = total + files, right + hits
        print(f"{folder.name:<28} {hits:>3}/{files:<3}")
    print(f"all: {right}/{total} files decode to the expected text ({right / total:.1%})")
    if args.errors:
        for miss in misses:
            print(f"  miss {miss}")
    if args.timing:
        print(f"decode_page: {_per_page_seconds(pages) * 1000:.2f} ms per page over {len(pages)} pages "
              f"(best of 5 runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
