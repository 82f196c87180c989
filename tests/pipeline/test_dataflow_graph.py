"""The full job translates for Dataflow, offline: a dry run builds the job without submitting it."""
import base64
import bz2
import zlib

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.build import build_pipeline
from pipeline.runners import runner_for

from tests.conftest import REPO

pytest.importorskip("apache_beam.runners.dataflow.internal.apiclient",
                    reason="needs the [dataflow] extra (apache-beam[gcp])")

STAGES = ("InputGlobs", "ReadPageDumps", "ExtractArticles", "DetectLanguage", "NormalizeDatelines",
          "TagWireSources", "DedupSyndicated", "WritePartitionedParquet")


def dry_run_job():
    options = PipelineOptions([
        "--runner=DataflowRunner", "--dry_run=True", "--no_auth", "--project=corpus-test-project",
        "--region=europe-west1", "--temp_location=gs://corpus-test-bucket/tmp",
        "--staging_location=gs://corpus-test-bucket/staging", f"--setup_file={REPO / 'setup.py'}",
        "--job_name=news-corpus-dry-run", "--sdk_location=container"])
    runner, _ = runner_for(options)
    pipeline = beam.Pipeline(runner=runner, options=options)
    build_pipeline(pipeline, inputs=["gs://corpus-test-bucket/dumps/**/*.warc.gz"],
                   staging_dir="gs://corpus-test-bucket/out/_staging/run", dedup="mark",
                   max_record_bytes=1 << 20, min_text_chars=200, extraction_timeout=30,
                   extraction_memory_mb=2048, max_rows_per_file=1000)
    result = pipeline.run()
    return result.job


def test_every_stage_is_in_the_dataflow_job():
    job = dry_run_job()
    names = {t.unique_name for t in job.proto_pipeline.components.transforms.values()}
    for stage in STAGES:
        assert stage in names, stage
    assert "DedupSyndicated/Cluster" in " ".join(sorted(names))


def _pickled_fns(components) -> list[bytes]:
    """The user functions of every ParDo, unwrapped from Beam's base64 and compression."""
    from apache_beam.portability import common_urns
    from apache_beam.portability.api import beam_runner_api_pb2

    found = []
    for transform in components.transforms.values():
        if transform.spec.urn != common_urns.primitives.PAR_DO.urn:
            continue
        payload = beam_runner_api_pb2.ParDoPayload.FromString(transform.spec.payload).do_fn.payload
        raw = base64.b64decode(payload)
        if raw.startswith(b"BZh"):
            raw = bz2.decompress(raw)
        elif raw[:1] == b"x":
            raw = zlib.decompress(raw)
        found.append(raw)
    return found


def test_job_holds_no_local_path_or_handle():
    job = dry_run_job()
    components = job.proto_pipeline.components
    fns = _pickled_fns(components)
    assert len(fns) > 20
    payloads = fns + [t.SerializeToString() for t in components.transforms.values()]
    payloads += [c.SerializeToString() for c in components.coders.values()]
    payloads += [w.SerializeToString() for w in components.windowing_strategies.values()]
    # Pickled functions name the source file of their code (Beam's own lambdas do too); what must not
    # be there is any local place where data is read or written.
    for payload in payloads:
        payload = payload.replace(str(REPO).encode(), b"<repo>")  # source-file names of pickled code
        for local in (b"/tmp/", b"file://", b"<repo>/samples", b"<repo>/output", b"<repo>/tests"):
            assert local not in payload, local
    # The only local files are artifacts uploaded at submission: the package built from setup.py among them.
    staged = [d.role_payload for env in components.environments.values() for d in env.dependencies]
    assert any(b"workflow.tar.gz" in role for role in staged)
    # The writers carry the remote output folder, not a local one.
    assert any(b"gs://corpus-test-bucket/out/_staging/run" in payload for payload in payloads)
