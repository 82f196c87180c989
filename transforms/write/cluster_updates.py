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

Steps, none holding more than one old file's updates or one doc_id's records:

1. the updates of one old file are grouped, and the file's own cluster columns
   are read back (`changed_rows`);
2. each changed row meets the previous table's row for its doc_id
   (`with_run`), which decides its `run`;
3. rows are written in the bundle that made them, into `_work/`, and moved
   into `cluster_updates/` once their bundle is done.
"""
from __future__ import annotations

from typing import Iterator

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from schemas import CLUSTER_COLUMNS, cluster_update_schema
from transforms.common.staged_rows import StageRowsFn, read_rows

NAMESPACE = "RecordClusterUpdates"
TABLE = "cluster_updates"
_CHANGED, _PREVIOUS = "changed", "previous"


def cluster_of(row: dict) -> tuple:
    return tuple(row.get(column) for column in CLUSTER_COLUMNS)


def changed_rows(element) -> Iterator[tuple[str, tuple]]:
    """(old file, [(position, update)]) -> (doc_id, cluster columns) for each row whose columns change."""
    path, updates = element
    updates = dict(updates)
    for position, row in read_rows(path, ("doc_id",) + CLUSTER_COLUMNS):
        update = updates.get(position)
        if update is None or "set" not in update:
            continue
        now = cluster_of({**row, **update["set"]})
        if now != cluster_of(row):
            yield row["doc_id"], now


def with_run(element, run: int) -> Iterator[dict]:
    """(doc_id, {changed, previous}) -> its cluster_updates row; the run stays when the cluster did."""
    doc_id, joined = element
    for now in joined[_CHANGED][:1]:
        previous = [(cluster_of(row), row["run"]) for row in joined[_PREVIOUS]]
        since = next((earlier for columns, earlier in previous if columns == now), run)
        yield {"doc_id": doc_id, **dict(zip(CLUSTER_COLUMNS, now)), "run": since}


def previous_rows(path: str) -> Iterator[tuple[str, dict]]:
    for _, row in read_rows(path):
        yield row["doc_id"], row


def update_name(row: dict, seq: int) -> str:
    return f"{row['doc_id']}-{seq:04d}.parquet"


def publish(path: str, root: str, table: str) -> str:
    """Moves a finished file from `_work/<table>/` into `<table>/`; a retry finds it moved already."""
    from transforms.common.folders import ensure_parent

    target = FileSystems.join(root, table, "part-" + path.rsplit("/", 1)[-1])
    if FileSystems.exists(path):
        ensure_parent(target)
        FileSystems.rename([path], [target])
    return target


class RecordClusterUpdates(beam.PTransform):
    """(old corpus file, (row position, update)) in; writes `<root>/cluster_updates/`; its file paths out.

    `previous` lists the files of the corpus's current cluster_updates table;
    `run` is this run's number.
    """

    def __init__(self, root: str, run: int, previous: list[str], work: str = "_work"):
        super().__init__()
        self._root, self._run, self._previous, self._work = root, run, sorted(previous), work

    def expand(self, updates):
        changed = (updates
                   | "GroupByOldFile" >> beam.GroupByKey()
                   | "ChangedRows" >> beam.FlatMap(changed_rows))
        previous = (updates.pipeline
                    | "PreviousTables" >> beam.Create(self._previous)
                    | "PreviousRows" >> beam.FlatMap(previous_rows))
        return ({_CHANGED: changed, _PREVIOUS: previous}
                | "JoinPrevious" >> beam.CoGroupByKey()
                | "WithRun" >> beam.FlatMap(with_run, self._run)
                | "StageUpdates" >> beam.ParDo(StageRowsFn(
                    FileSystems.join(self._root, self._work, TABLE), cluster_update_schema,
                    counter=(NAMESPACE, "rows:cluster_updates"), name_of=update_name))
                | "AfterUpdateBundles" >> beam.Reshuffle()
                | "PublishUpdates" >> beam.Map(publish, self._root, TABLE))
