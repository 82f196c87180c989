"""Builds the samples corpus, writes its report.html and saves a screenshot of the page for the README.

    .venv/bin/python -m benchmarks.report_screenshot [--height 1500] [--png benchmarks/report_samples.png]

Runs the job on the bundled samples/ into benchmarks/.cache/report_samples (a local output, so the job
writes report.html itself), then renders the page in headless Chromium (Debian package `chromium`) at a
laptop's width and saves the top `--height` pixels (0: the whole page).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.cli import main as run_job
from pipeline.report import REPORT_NAME

REPO = Path(__file__).resolve().parents[1]
CORPUS = "benchmarks/.cache/report_samples"   # relative, so the page shows no machine-specific path
SAMPLES = ["--input", "samples/warc/*", "--input", "samples/jsonl/*", "--input", "samples/html/*",
           "--input", "samples/text/*"]
WIDTH = 1280


def build_corpus() -> Path:
    os.chdir(REPO)
    if run_job([*SAMPLES, "--output", CORPUS, "--overwrite", "--report"]) != 0:
        sys.exit("the job failed on the samples")
    return REPO / CORPUS


def screenshot(page: Path, png: Path, height: int) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium is not installed (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                   "--force-device-scale-factor=1", f"--user-data-dir={profile}",
                   f"--window-size={WIDTH},{height}", f"--screenshot={png}", page.resolve().as_uri()]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if not png.exists():
        sys.exit(f"no screenshot was written:\n{done.stderr[-2000:]}")


def page_height(page: Path) -> int:
    """The page's full height, read back from Chromium's layout (for --height 0)."""
    probe = page.with_name("report.height.html")
    script = ("<script>addEventListener('load',()=>{const p=document.createElement('pre');p.id='h';"
              "p.textContent=document.documentElement.scrollHeight;document.body.appendChild(p);});</script>")
    probe.write_text(page.read_text(encoding="utf-8").replace("<head>", "<head>" + script, 1), encoding="utf-8")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as profile:
        out = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                              f"--window-size={WIDTH},900", "--dump-dom", probe.as_uri()],
                             capture_output=True, text=True, timeout=120, check=False).stdout
    probe.unlink()
    return int(out.split('<pre id="h">', 1)[1].split("<", 1)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--height", type=int, default=1500, help="pixels from the top; 0 for the whole page")
    parser.add_argument("--png", type=Path, default=REPO / "benchmarks" / "report_samples.png")
    args = parser.parse_args()
    png = args.png.resolve()  # before the job moves into the repository root
    page = build_corpus() / REPORT_NAME
    screenshot(page, png, args.height or page_height(page))
    print(f"report: {page}\nscreenshot: {png}")


if __name__ == "__main__":
    main()
