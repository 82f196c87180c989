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


def test_in_process_multi_processing_and_portable_runs_agree(tmp_path):
    """Same sorted article and reject rows from three ways of running: catches pickling bugs,
    hidden global state and nondeterminism (cluster ids included)."""
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
    }
    results = {}
    for name, flags in modes.items():
        assert main([*inputs, "--output", str(tmp_path / name), *flags]) == 0, name
        results[name] = _rows(tmp_path / name)
    articles, rejects = results["in_process"]
    assert (len(articles), len(rejects)) == (31, 8)
    assert results["multi_processing"] == results["in_process"]
    assert results["portable"] == results["in_process"]
