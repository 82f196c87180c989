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
