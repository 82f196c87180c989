"""`python -m pipeline`: run the corpus job from the command line."""
from __future__ import annotations

import argparse
import datetime
import difflib
import logging
import os
import sys
import time

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import output_dir, run_summary, runs
from pipeline.build import build_pipeline
from pipeline.inputs import InputError, resolve_inputs
from pipeline.interrupts import interrupts_ignored, interrupts_recorded
from pipeline.options import CorpusOptions
from pipeline.runners import runner_for
from schemas import cluster_update_schema, dedup_keys_schema
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


class Interrupted(Exception):
    pass


class NothingNew(Exception):
    """An append whose dumps were all read by earlier runs: the corpus stays as it is."""


def unknown_arguments(argv: list[str]) -> list[str]:
    """One message per argument that neither this job nor any Beam option knows, with the closest flag."""
    from apache_beam.options.pipeline_options import _BeamArgumentParser

    # The parser Beam itself builds from every options class (ours included), so that whatever Beam
    # accepts passes; Beam only warns about the rest, and a misspelled flag would run a whole job on defaults.
    parser = _BeamArgumentParser(allow_abbrev=False)
    for cls in {str(c): c for c in PipelineOptions.__subclasses__()}.values():
        cls._add_argparse_args(parser)  # pylint: disable=protected-access
    _, unknown = parser.parse_known_args(argv)
    known = [flag for action in parser._actions for flag in action.option_strings]  # pylint: disable=protected-access
    messages = []
    for argument in unknown:
        if not argument.startswith("-"):
            messages.append(f"unexpected argument {argument!r}")
            continue
        name = argument.split("=", 1)[0]
        close = difflib.get_close_matches(name, known, n=1)
        messages.append(f"unknown option {name}" + (f" (did you mean {close[0]}?)" if close else ""))
    return messages


def run(argv: list[str]) -> dict:
    """Runs the job and returns the run summary. Raises UsageError for bad arguments."""
    options = PipelineOptions(argv)
    corpus = options.view_as(CorpusOptions)
    if not corpus.input:
        raise UsageError("--input is required (a file glob; repeat the flag for several)")
    if corpus.append_to and corpus.output:
        raise UsageError("give --output (a new corpus) or --append_to (an existing one), not both")
    if corpus.append_to and corpus.overwrite:
        raise UsageError("--overwrite replaces a corpus and --append_to adds to one: give only one of them")
    if not corpus.output and not corpus.append_to:
        raise UsageError("--output is required (or --append_to, to add to an existing corpus)")
    if corpus.append_to and corpus.dedup == "drop":
        raise UsageError("--append_to needs --dedup mark or off: with drop, a new canonical copy would have to "
                         "move a row an earlier run wrote into rejects/")
    for flag in ("max_record_bytes", "min_text_chars", "shards_per_partition", "max_rows_per_file",
                 "extraction_memory_mb"):
        if getattr(corpus, flag) < 1:
            raise UsageError(f"--{flag} must be at least 1")
    if corpus.extraction_timeout < 0:
        raise UsageError("--extraction_timeout must be 0 (no limit) or more")
    try:
        inputs = resolve_inputs(corpus.input)
    except InputError as error:
        raise UsageError(str(error)) from error
    appending = bool(corpus.append_to)
    output = (corpus.append_to or corpus.output).rstrip("/") or "/"
    flag = "--append_to" if appending else "--output"
    if FileSystems.get_scheme(output) is None and os.path.exists(output) and not os.path.isdir(output):
        raise UsageError(f"{flag} {output} is a file; give a folder")
    try:
        runner, runner_label = runner_for(options)
        with interrupts_ignored():    # it may finish or roll back an interrupted commit first
            staging = (output_dir.prepare_append(output) if appending
                       else output_dir.prepare(output, corpus.overwrite))
        output_dir.check_writable(staging, output)
    except (output_dir.OutputExistsError, output_dir.OutputNotWritableError, ValueError) as error:
        raise UsageError(str(error)) from error
    try:
        plan = _plan_run(corpus, inputs, output, appending)
    except runs.RunsError as error:
        output_dir.discard(staging)
        raise UsageError(str(error)) from error
    if appending and not plan["inputs"]:
        output_dir.discard(staging)
        raise NothingNew(f"nothing to add to {output}: all {len(plan['skipped'])} dump files were read by "
                         f"earlier runs ({_listed_skips(plan['skipped'])})")
    with interrupts_recorded() as interrupted:
        try:
            return _run_and_commit(options, corpus, inputs, output, staging, runner, runner_label, plan)
        except BaseException:
            if not interrupted:
                raise
    with interrupts_ignored():
        output_dir.discard(staging)
    raise Interrupted(f"interrupted: nothing was committed, {output} is as it was before this run, "
                      "and this run's staged files were removed")


def _listed_skips(skipped: list[dict]) -> str:
    shown = ", ".join(f"{item['path']} by run {item['run']}" for item in skipped[:3])
    return shown + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")


def _plan_run(corpus: CorpusOptions, inputs: list[str], output: str, appending: bool) -> dict:
    """This run's number, the dump files it reads and skips, and (appending) the corpus it clusters with."""
    earlier = runs.read_runs(output) if appending else []
    if appending and earlier and earlier[-1]["options"].get("dedup") != corpus.dedup:
        raise runs.RunsError(f"the corpus in {output} was made with --dedup {earlier[-1]['options'].get('dedup')}; "
                             f"append with the same mode, not --dedup {corpus.dedup}")
    corpus_files = output_dir.corpus_files(output, "articles") if appending else []
    index_files = output_dir.corpus_files(output, "dedup_index") if appending else []
    if corpus.dedup == "mark" and corpus_files and not index_files:
        raise runs.RunsError(f"{output} has articles but no dedup_index/ to cluster new rows with; "
                             "it was made before corpora could grow: rebuild it once with --output")
    files = runs.input_files(inputs)
    new, skipped = runs.split_read_before(files, earlier)
    if skipped and new:
        print(f"skipped {len(skipped)} dump files that earlier runs read: {_listed_skips(skipped)}",
              file=sys.stderr)
    return {"run": runs.next_run(earlier), "files": new, "skipped": skipped,
            "inputs": [file["path"] for file in new] if appending else inputs,
            "corpus_files": corpus_files, "index_files": index_files,
            # A corpus whose runs all recorded their shared keys (an empty dedup_keys/ file at least).
            "shared_files": (output_dir.corpus_files(output, "dedup_keys")
                             if appending and output_dir.has_table(output, "dedup_keys") else None),
            "previous_updates": output_dir.corpus_files(output, "cluster_updates") if appending else [],
            "earlier": earlier, "appending": appending}


def job_options(corpus: CorpusOptions) -> dict:
    """This job's own options as the run used them (Beam's are in the runner field and counters)."""
    return {name: getattr(corpus, name) for name in (
        "dedup", "max_record_bytes", "min_text_chars", "extraction_timeout", "extraction_memory_mb",
        "shards_per_partition", "max_rows_per_file", "overwrite", "append_to")}


def _run_and_commit(options, corpus, inputs, output, staging, runner, runner_label, plan) -> dict:
    started = time.monotonic()
    started_at = datetime.datetime.now(datetime.timezone.utc)
    pipeline = beam.Pipeline(runner=runner, options=options)
    build_pipeline(pipeline, inputs=plan["inputs"], staging_dir=staging, dedup=corpus.dedup,
                   max_record_bytes=corpus.max_record_bytes, min_text_chars=corpus.min_text_chars,
                   extraction_timeout=corpus.extraction_timeout, extraction_memory_mb=corpus.extraction_memory_mb,
                   shards_per_partition=corpus.shards_per_partition, max_rows_per_file=corpus.max_rows_per_file,
                   corpus_files=plan["corpus_files"], index_files=plan["index_files"], run=plan["run"],
                   previous_updates=plan["previous_updates"], shared_files=plan["shared_files"])
    result = pipeline.run()
    state = result.wait_until_finish()
    if state not in ("DONE", beam.runners.runner.PipelineState.DONE):
        raise RuntimeError(f"pipeline ended in state {state}; nothing was committed to {output}")
    # The summary is counted from the staged tables and committed with them, in one step.
    if not plan["appending"]:    # an appended corpus has its rejects table already
        output_dir.ensure_rejects_table(staging)
    output_dir.ensure_empty_table(staging, "cluster_updates", cluster_update_schema())
    if corpus.dedup == "mark" and not plan["appending"]:   # a corpus records its shared keys from its first run
        output_dir.ensure_empty_table(staging, "dedup_keys", dedup_keys_schema())
    summary = run_summary.build_summary(
        inputs=corpus.input, output=output, runner=runner_label, elapsed=time.monotonic() - started,
        counters=run_summary.counters_from(result), scan=run_summary.scan_output(staging),
        options=job_options(corpus))
    record = runs.run_record(run=plan["run"], started=started_at, inputs=plan["files"], skipped=plan["skipped"],
                             options=job_options(corpus), summary=summary,
                             cluster_updates=run_summary.table_rows(staging, "cluster_updates"))
    runs.write_run(staging, record)
    summary = run_summary.with_runs(summary, plan["earlier"] + [record])
    run_summary.write_summary(staging, summary)
    with interrupts_ignored():
        if plan["appending"]:
            output_dir.commit_append(staging, output)
        else:
            output_dir.commit(staging, output)
    return summary


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "-h" in argv or "--help" in argv:
        help_parser().print_help()
        return 0
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet_extraction_loggers()
    unknown = unknown_arguments(argv)
    if unknown:
        for message in unknown:
            print(f"error: {message}", file=sys.stderr)
        print("see `python -m pipeline --help`", file=sys.stderr)
        return 2
    try:
        summary = run(argv)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Interrupted as interrupted:
        print(interrupted, file=sys.stderr)
        return 130
    except NothingNew as nothing:
        print(nothing, file=sys.stderr)
        return 0
    except KeyboardInterrupt:
        print("interrupted before the job started: nothing was written", file=sys.stderr)
        return 130
    print(run_summary.summary_table(summary))
    if summary["run"] > 1:
        print(f"Added run {summary['run']} to {summary['output']}: its articles and rejects, "
              f"runs/run-{summary['run']:04d}.json, cluster_updates/ and run_summary.json")
    else:
        print(f"Wrote {summary['output']}/articles, {summary['output']}/rejects and run_summary.json")
    if summary["articles"] == 0:
        print(f"warning: no articles were written; all {summary['rejects']} records were rejected "
              f"(reasons above, rows in {summary['output']}/rejects)", file=sys.stderr)
    if summary["balanced"] is False:
        print("error: records read do not equal articles + rejects; see run_summary.json", file=sys.stderr)
        return 1
    _report(PipelineOptions(argv).view_as(CorpusOptions).report, summary["output"])
    return 0


def _report(wanted: bool | None, output: str) -> None:
    """Writes report.html for the committed corpus; by default only for a local --output, because
    querying a bucket from the launching machine can be slow and costs reads."""
    from pipeline.report import REPORT_NAME, write_report

    if wanted is False or (wanted is None and FileSystems.get_scheme(output) is not None):
        stale = FileSystems.join(output, REPORT_NAME)
        if FileSystems.exists(stale):  # it would describe the corpus this run replaced
            FileSystems.delete([stale])
        return
    try:
        print(f"Wrote {write_report(output)}")
    except Exception as error:  # the corpus is committed and valid; only its overview failed
        print(f"warning: report.html was not written ({type(error).__name__}: {error}); "
              f"retry with `python -m pipeline.report {output}`", file=sys.stderr)
