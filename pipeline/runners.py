"""Choosing the runner.

`DirectRunner` (the default) is run on Beam's in-process portable runner
(FnApiRunner), which is what DirectRunner itself falls back to. Beam's
DirectRunner would first try Prism, which downloads a binary at run time:
offline that fails and online it changes the engine under the user's feet, so
local runs here never depend on it. `--direct_running_mode` and
`--direct_num_workers` work as documented by Beam. Any other `--runner`
(DataflowRunner, PortableRunner, FlinkRunner, SparkRunner, PrismRunner) is
passed to Beam unchanged.
"""
from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

LOCAL_NAMES = (None, "DirectRunner", "direct", "directrunner")
# Beam's Dask runner only computes the last leaf of a graph and never finalizes
# file writes: output would be lost without an error.
REFUSED = ("DaskRunner", "dask", "daskrunner")


def runner_for(options: PipelineOptions):
    """A runner object or name for beam.Pipeline, and a label for the summary."""
    name = options.view_as(StandardOptions).runner
    if name in REFUSED:
        raise ValueError("DaskRunner is not supported: it silently drops file outputs. "
                         "Use DirectRunner, DataflowRunner, FlinkRunner, SparkRunner or PortableRunner.")
    if name not in LOCAL_NAMES:
        return name, name
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle

    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    info = fn_runner.ExtendedProvisionInfo(beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
    return fn_runner.FnApiRunner(provision_info=info), "DirectRunner (in-process FnApiRunner)"
