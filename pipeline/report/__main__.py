"""`python -m pipeline.report OUTPUT_DIR`: write OUTPUT_DIR/report.html for a corpus the job wrote."""
from __future__ import annotations

import argparse
import sys

from apache_beam.io.filesystems import FileSystems

from pipeline.report import REPORT_NAME, write_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.report",
        description="Write a static HTML overview (charts and tables) of a corpus written by the job.")
    parser.add_argument("output", metavar="OUTPUT_DIR",
                        help="The job's --output folder: local, or any Beam filesystem (gs://, s3://).")
    parser.add_argument("--to", metavar="FILE", default=None,
                        help=f"Where to write the page (default: OUTPUT_DIR/{REPORT_NAME}).")
    args = parser.parse_args(argv)
    output = args.output.rstrip("/") or "/"
    if not FileSystems.exists(FileSystems.join(output, "run_summary.json")) and \
            not FileSystems.match([FileSystems.join(output, "articles", "**")])[0].metadata_list:
        print(f"error: {output} holds no corpus (no run_summary.json, no articles/)", file=sys.stderr)
        return 2
    print(f"Wrote {write_report(output, args.to)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
