"""RecordClusterUpdates: the rows of earlier runs whose cluster an appended run changed.

An appended run (`--append_to`) clusters its new rows together with the rows
the corpus already holds, so a new copy of a story joins the copies already
there. The old rows' files are never rewritten: a row whose cluster columns
come out different from what its file says (the cluster grew, got a smaller
`dup_cluster_id`, merged with another, or a new copy became canonical) is
written to `cluster_updates/`, which readers join on `doc_id` to get the
current state (README, "Growing a corpus").

Each run writes the whole table again, holding every such row of the corpus,
and the commit replaces the old table with it: the newest table is the
current state, and no reader has to order several tables. A row whose cluster
is the same as in the previous table keeps the run that changed it then.

Steps, none holding more than one doc_id's records: the rows' cluster columns
as the corpus's article files hold them (`file_clusters`, reading only those
columns, of the rows in clusters), the columns this run gives them (only the
old rows that could pair get any: shared_keys.py in dedup), and the previous
table's row, all
joined on doc_id (`with_run`); the rows are written in the bundle that made
them, into `_work/`, and moved into `cluster_updates/` once their bundle is done.
"""
from __future__ import annotations

from typing import Iterator

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from schemas import CLUSTER_COLUMNS, cluster_update_schema
from transforms.common.staged_rows import StageRowsFn, publish_file, read_rows

NAMESPACE = "RecordClusterUpdates"
TABLE = "cluster_updates"
_NOW, _FILE, _PREVIOUS = "now", "file", "previous"


def cluster_of(row: dict) -> tuple:
    return tuple(row.get(column) for column in CLUSTER_COLUMNS)


def unique(doc_id: str) -> tuple:
    """The cluster columns of a row in a cluster of its own."""
    return doc_id, 1, True, "unique"


def file_clusters(path: str) -> Iterator[tuple[str, tuple]]:
    """(doc_id, cluster columns) of every row of an article file that is in a cluster with others.

    A row in a cluster of its own is left out: its columns follow from its doc_id (`unique`), and
    most rows of a corpus are such rows.
    """
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    with FileSystems.open(path) as handle:
        table = pq.read_table(handle, columns=["doc_id", *CLUSTER_COLUMNS])
    clustered = table.filter(pc.fill_null(pc.greater(table.column("dup_cluster_size"), 1), False))
    for row in clustered.to_pylist():
        yield row["doc_id"], cluster_of(row)


def columns_now(element) -> Iterator[tuple[str, tuple]]:
    """(doc_id, dedup update) -> (doc_id, the cluster columns the update sets)."""
    doc_id, update = element
    if "set" in update:
        yield doc_id, cluster_of(update["set"])


def with_run(element, run: int) -> Iterator[dict]:
    """(doc_id, {now, file, previous}) -> its cluster_updates row when its columns differ from its file's;
    the run stays when the columns are those of the previous table. A row without columns now (an old
    row that could not pair took no part) keeps its previous row, if it had one."""
    doc_id, joined = element
    if not joined[_NOW]:   # a row that took no part keeps what the previous table said of it
        for row in list(joined[_PREVIOUS])[:1]:
            yield {"doc_id": doc_id, **{column: row[column] for column in CLUSTER_COLUMNS}, "run": row["run"]}
        return
    for now in list(joined[_NOW])[:1]:
        if now == next(iter(joined[_FILE]), unique(doc_id)):
            return
        previous = [(cluster_of(row), row["run"]) for row in joined[_PREVIOUS]]
        since = next((earlier for columns, earlier in previous if columns == now), run)
        yield {"doc_id": doc_id, **dict(zip(CLUSTER_COLUMNS, now)), "run": since}


def previous_rows(path: str) -> Iterator[tuple[str, dict]]:
    for _, row in read_rows(path):
        yield row["doc_id"], row


def update_name(row: dict, seq: int) -> str:
    return f"{row['doc_id']}-{seq:04d}.parquet"


class RecordClusterUpdates(beam.PTransform):
    """(doc_id, dedup update) of the corpus's old rows in; writes `<root>/cluster_updates/`; its file paths out.

    `corpus_files` are the corpus's article files, `previous` the files of its current cluster_updates
    table; `run` is this run's number.
    """

    def __init__(self, root: str, run: int, corpus_files: list[str], previous: list[str], work: str = "_work"):
        super().__init__()
        self._root, self._run, self._work = root, run, work
        self._corpus_files, self._previous = sorted(corpus_files), sorted(previous)

    def expand(self, updates):
        pipeline = updates.pipeline
        now = updates | "ColumnsNow" >> beam.FlatMap(columns_now)
        in_files = (pipeline
                    | "ArticleFiles" >> beam.Create(self._corpus_files)
                    | "ColumnsInFiles" >> beam.FlatMap(file_clusters))
        previous = (pipeline
                    | "PreviousTables" >> beam.Create(self._previous)
                    | "PreviousRows" >> beam.FlatMap(previous_rows))
        return ({_NOW: now, _FILE: in_files, _PREVIOUS: previous}
                | "JoinOnDocId" >> beam.CoGroupByKey()
                | "WithRun" >> beam.FlatMap(with_run, self._run)
                | "StageUpdates" >> beam.ParDo(StageRowsFn(
                    FileSystems.join(self._root, self._work, TABLE), cluster_update_schema,
                    counter=(NAMESPACE, "rows:cluster_updates"), name_of=update_name))
                | "AfterUpdateBundles" >> beam.Reshuffle()
                | "PublishUpdates" >> beam.Map(publish_file, self._root, TABLE))
