"""Plumbing every stage may use, with no news knowledge in it.

- raw_page.py  RawPage, the record from reading to extraction, and the HTTP charset it carries
- progress.py  the live progress lines of long runs
- staged_rows.py  rows kept in Parquet files between stages, the rolling writer, per-row updates

Stages import these modules; these modules import no stage.
"""
