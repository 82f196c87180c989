"""Input and output on a non-local Beam filesystem, end to end, through the CLI."""
import io
import json

import pyarrow.parquet as pq

from pipeline.cli import main

from tests import memfs
from tests.conftest import REPO


def test_pipeline_runs_on_an_object_store():
    memfs.STORE.clear()
    for path in sorted((REPO / "samples").glob("*/*")):
        if path.is_file() and path.parent.name in ("warc", "jsonl", "html", "text"):
            memfs.STORE[f"memfs://dumps/{path.parent.name}/{path.name}"] = path.read_bytes()
    assert main(["--input", "memfs://dumps/**", "--output", "memfs://corpus/out"]) == 0
    summary = json.loads(memfs.STORE["memfs://corpus/out/run_summary.json"])
    assert (summary["records_read"], summary["articles"], summary["rejects"], summary["balanced"]) == (39, 31, 8, True)
    article_files = [k for k in memfs.STORE if k.startswith("memfs://corpus/out/articles/")]
    assert len(article_files) == len(summary["partitions"]) == 18
    assert not [k for k in memfs.STORE if "_staging" in k]
    rows = sum(pq.read_table(io.BytesIO(memfs.STORE[k])).num_rows for k in article_files)
    assert rows == 31
    # a second run refuses, then replaces the corpus
    assert main(["--input", "memfs://dumps/html/*", "--output", "memfs://corpus/out"]) == 2
    assert main(["--input", "memfs://dumps/html/*", "--output", "memfs://corpus/out", "--overwrite"]) == 0
    summary = json.loads(memfs.STORE["memfs://corpus/out/run_summary.json"])
    assert (summary["records_read"], summary["articles"]) == (10, 8)
    rows = sum(pq.read_table(io.BytesIO(memfs.STORE[k])).num_rows
               for k in memfs.STORE if k.startswith("memfs://corpus/out/articles/"))
    assert rows == 8
    memfs.STORE.clear()
