"""Command-line options of the corpus job; every Beam pipeline option passes through too."""
from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions

from transforms.extract import DEFAULT_MEMORY_MB, DEFAULT_MIN_TEXT_CHARS, DEFAULT_TIMEOUT_SECONDS
from transforms.read import DEFAULT_MAX_RECORD_BYTES
from transforms.write import DEFAULT_MAX_ROWS_PER_FILE

DEDUP_MODES = ("mark", "drop", "off")


class CorpusOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        group = parser.add_argument_group("news corpus")
        group.add_argument(
            "--input", action="extend", nargs="+", default=None, metavar="GLOB",
            help="Dump files to read: WARC/ARC (.warc, .arc, optionally .gz), JSON lines (.jsonl[.gz]), "
                 "HTML (.html, .htm[.gz]) or text renderings (.txt). Any Beam filesystem path "
                 "(local, gs://, s3://). Give several globs after one flag or repeat the flag; quote globs "
                 "so that Beam expands them (`**` matches across folders); paths the shell already "
                 "expanded work too. A folder means the page dumps inside it, recursively (the job says "
                 "which files it took and which it skipped).")
        group.add_argument(
            "--output", default=None, metavar="DIR",
            help="Output folder: articles/ (Hive-partitioned Parquet), rejects/, cluster_updates/, runs/ and "
                 "run_summary.json. "
                 "Checked for writing before the job starts.")
        group.add_argument(
            "--append_to", default=None, metavar="CORPUS_DIR",
            help="Add the rows of dumps not read before to the corpus in CORPUS_DIR (instead of --output): "
                 "dumps an earlier run read (same path, same content) are skipped, new copies of stories "
                 "already in the corpus join their clusters, and old rows whose cluster changed are listed "
                 "in cluster_updates/ (see README, \"Growing a corpus\"). Needs --dedup mark or off, as "
                 "the corpus was made.")
        group.add_argument(
            "--overwrite", action="store_true", default=False,
            help="Replace a corpus already in --output. Without it the job refuses to touch an existing corpus.")
        group.add_argument(
            "--dedup", choices=DEDUP_MODES, default="mark",
            help="mark: keep every copy, annotated with its cluster (default); drop: keep only canonical "
                 "copies and send the others to rejects/ with reason `duplicate`; off: skip dedup.")
        group.add_argument(
            "--max_record_bytes", type=int, default=DEFAULT_MAX_RECORD_BYTES,
            help="Records (or whole files) larger than this many bytes after decompression are rejected "
                 "with reason `too_large` (default: %(default)s).")
        group.add_argument(
            "--min_text_chars", type=int, default=DEFAULT_MIN_TEXT_CHARS,
            help="Extracted bodies shorter than this are rejected as `too_short` (default: %(default)s).")
        group.add_argument(
            "--extraction_timeout", type=float, default=DEFAULT_TIMEOUT_SECONDS,
            help="Seconds one page may spend in extraction before it is stopped and rejected as "
                 "`extraction_timeout` (default: %(default)s; 0 extracts in-process with no limit).")
        group.add_argument(
            "--extraction_memory_mb", type=int, default=DEFAULT_MEMORY_MB,
            help="Memory one page's extraction may add before it is stopped and rejected as "
                 "`extraction_oom` (default: %(default)s).")
        group.add_argument(
            "--shards_per_partition", type=int, default=1,
            help="Parquet files written in parallel per partition (default: %(default)s); raise it for "
                 "large runs so that one hot partition is not written by one worker.")
        group.add_argument(
            "--max_rows_per_file", type=int, default=DEFAULT_MAX_ROWS_PER_FILE,
            help="Start a new Parquet file after this many rows (default: %(default)s).")
        # One dest, two flags: unset (None) means "only when --output is a local folder".
        group.add_argument(
            "--report", dest="report", action="store_true", default=None,
            help="Write <output>/report.html (charts of the corpus; see `python -m pipeline.report`) after "
                 "a successful run. Default: on when --output is a local folder, off for a bucket.")
        group.add_argument(
            "--no_report", dest="report", action="store_false", default=None,
            help="Do not write report.html (a report.html left by an earlier run there is removed, since it "
                 "would describe the old corpus).")
