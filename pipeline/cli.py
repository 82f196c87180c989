"""`python -m pipeline`: run the corpus job from the command line."""
from __future__ import annotations

import argparse
import logging
import sys
import time

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import output_dir, run_summary
from pipeline.build import build_pipeline
from pipeline.options import CorpusOptions
from pipeline.runners import runner_for
from transforms.extract import quiet_extraction_loggers

_BEAM_HELP = """\
Beam options pass through unchanged, for example:
  --runner NAME                 DirectRunner (default; runs in-process, see README), DataflowRunner,
                                PortableRunner, FlinkRunner, SparkRunner
  --direct_num_workers N        local parallelism (0 = one per core)
  --direct_running_mode MODE    in_memory (default), multi_threading or multi_processing
  --setup_file ./setup.py       ship this package to remote workers
  --project, --region, --temp_location, --staging_location, --max_num_workers, ...
"""


def help_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn raw web page dumps into a deduplicated news corpus in partitioned Parquet.",
        epilog=_BEAM_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    CorpusOptions._add_argparse_args(parser)
    return parser


class UsageError(Exception):
    pass


def check_inputs(globs: list[str]) -> None:
    for pattern in globs:
        try:
            matched = FileSystems.match([pattern])[0].metadata_list
        except Exception as error:  # Beam raises BeamIOError subclasses per filesystem
            raise UsageError(f"cannot read --input {pattern!r}: {error}") from error
        if not matched:
            raise UsageError(f"no file matches --input {pattern!r}")


def run(argv: list[str]) -> dict:
    """Runs the job and returns the run summary. Raises UsageError for bad arguments."""
    options = PipelineOptions(argv)
    corpus = options.view_as(CorpusOptions)
    if not corpus.input:
        raise UsageError("--input is required (a file glob; repeat the flag for several)")
    if not corpus.output:
        raise UsageError("--output is required")
    for flag in ("max_record_bytes", "min_text_chars", "shards_per_partition", "max_rows_per_file",
                 "extraction_memory_mb"):
        if getattr(corpus, flag) < 1:
            raise UsageError(f"--{flag} must be at least 1")
    if corpus.extraction_timeout < 0:
        raise UsageError("--extraction_timeout must be 0 (no limit) or more")
    check_inputs(corpus.input)
    output = corpus.output.rstrip("/") or "/"
    try:
        staging = output_dir.prepare(output, corpus.overwrite)
        runner, runner_label = runner_for(options)
    except (output_dir.OutputExistsError, ValueError) as error:
        raise UsageError(str(error)) from error

    started = time.monotonic()
    pipeline = beam.Pipeline(runner=runner, options=options)
    build_pipeline(pipeline, inputs=corpus.input, staging_dir=staging, dedup=corpus.dedup,
                   max_record_bytes=corpus.max_record_bytes, min_text_chars=corpus.min_text_chars,
                   extraction_timeout=corpus.extraction_timeout, extraction_memory_mb=corpus.extraction_memory_mb,
                   shards_per_partition=corpus.shards_per_partition, max_rows_per_file=corpus.max_rows_per_file)
    result = pipeline.run()
    state = result.wait_until_finish()
    if state not in ("DONE", beam.runners.runner.PipelineState.DONE):
        raise RuntimeError(f"pipeline ended in state {state}; nothing was committed to {output}")
    output_dir.commit(staging, output)
    output_dir.ensure_rejects_table(output)
    summary = run_summary.build_summary(
        inputs=corpus.input, output=output, runner=runner_label, elapsed=time.monotonic() - started,
        counters=run_summary.counters_from(result), scan=run_summary.scan_output(output))
    run_summary.write_summary(output, summary)
    return summary


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "-h" in argv or "--help" in argv:
        help_parser().print_help()
        return 0
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet_extraction_loggers()
    try:
        summary = run(argv)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(run_summary.summary_table(summary))
    print(f"Wrote {summary['output']}/articles, {summary['output']}/rejects and run_summary.json")
    if summary["balanced"] is False:
        print("error: records read do not equal articles + rejects; see run_summary.json", file=sys.stderr)
        return 1
    return 0
