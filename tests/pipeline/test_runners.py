import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner

from pipeline.runners import runner_for


def test_default_is_the_in_process_runner():
    runner, label = runner_for(PipelineOptions([]))
    assert isinstance(runner, FnApiRunner)
    assert label == "DirectRunner (in-process FnApiRunner)"
    assert isinstance(runner_for(PipelineOptions(["--runner=DirectRunner"]))[0], FnApiRunner)


def test_other_runners_pass_through():
    assert runner_for(PipelineOptions(["--runner=DataflowRunner"])) == ("DataflowRunner", "DataflowRunner")


def test_dask_refused():
    with pytest.raises(ValueError, match="DaskRunner is not supported"):
        runner_for(PipelineOptions(["--runner=DaskRunner"]))


def _rows(out):
    import pyarrow.dataset as ds

    articles = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table().to_pylist()
    rejects = ds.dataset(out / "rejects", format="parquet").to_table().to_pylist()
    return (sorted(articles, key=lambda r: r["doc_id"]),
            sorted(rejects, key=lambda r: (r["source_file"], r["source_record"])))


def test_in_process_multi_processing_portable_and_retried_runs_agree(tmp_path):
    """Same sorted article and reject rows from four ways of running: catches pickling bugs,
    hidden global state and nondeterminism (cluster ids included). The retried run processes
    every bundle twice, discarding the first attempt's output, as a runner does after a failure."""
    import sys

    from pipeline.cli import main
    from tests.conftest import REPO

    inputs = [a for g in ("warc", "jsonl", "html", "text") for a in ("--input", str(REPO / "samples" / g / "*"))]
    modes = {
        "in_process": [],
        "multi_processing": ["--direct_num_workers=2", "--direct_running_mode=multi_processing"],
        "portable": ["--runner=PortableRunner", "--job_endpoint=embed",
                     "--environment_type=beam:env:harness_subprocess_python:v1",
                     f"--environment_config={sys.executable} -m apache_beam.runners.worker.sdk_worker_main"],
        "bundles_retried": ["--direct_runner_bundle_repeat=1"],
    }
    results = {}
    for name, flags in modes.items():
        assert main([*inputs, "--output", str(tmp_path / name), *flags]) == 0, name
        results[name] = _rows(tmp_path / name)
    articles, rejects = results["in_process"]
    assert (len(articles), len(rejects)) == (31, 8)
    assert results["multi_processing"] == results["in_process"]
    assert results["portable"] == results["in_process"]
    assert results["bundles_retried"] == results["in_process"]


def test_local_runs_flush_worker_inputs_by_size_only(monkeypatch):
    from apache_beam.runners.portability.fn_api_runner import worker_handlers

    for flags in ([], ["--direct_num_workers=2", "--direct_running_mode=multi_processing"],
                  ["--runner=PortableRunner", "--job_endpoint=embed"]):
        monkeypatch.setattr(worker_handlers, "DATA_BUFFER_TIME_LIMIT_MS", 1000)
        runner_for(PipelineOptions(flags))
        assert worker_handlers.DATA_BUFFER_TIME_LIMIT_MS == 0, flags


def test_beams_timed_flush_drops_bytes_written_during_a_flush():
    """Why runner_for turns the timed flush off: with the pinned Beam, a write that lands while the
    flush thread is handing data over is cleared with that data and never delivered."""
    import threading

    from apache_beam.runners.worker import data_plane

    delivered = []
    flushing, release, flushed_again = threading.Event(), threading.Event(), threading.Event()

    def hand_over(data):
        delivered.append(data)
        if release.is_set():
            flushed_again.set()
        elif data:
            flushing.set()
            release.wait(10)

    stream = data_plane.TimeBasedBufferingClosableOutputStream(
        close_callback=delivered.append, flush_callback=hand_over, time_flush_threshold_ms=1)
    stream.write(b"first ")
    assert flushing.wait(10)
    stream.write(b"second ")
    release.set()
    assert flushed_again.wait(10)
    stream.close()
    assert b"".join(delivered) == b"first "
