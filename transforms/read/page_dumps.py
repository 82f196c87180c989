"""ReadPageDumps: file globs in, RawPage records and read rejects out.

Globs are expanded through Beam's FileSystems (local, gs://, s3://, ...).
Each file is planned into slices of a hundred records (slices.py); the slices,
not the pages, are spread over the workers, so that extraction, the expensive
part, uses every worker even when the input is one large WARC, and no page
ever crosses a shuffle (the local runner would hold every page in memory).
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.io import fileio

from transforms.common import progress
from transforms.common.raw_page import RawPage
from transforms.read.readers import DEFAULT_MAX_RECORD_BYTES
from transforms.read.slices import RECORDS_PER_SLICE, Slice, plan_file, read_dump_file, read_slice

NAMESPACE = "ReadPageDumps"
REJECTS = "rejects"


def path_of(metadata) -> str:
    return metadata.path


def _count_reject(item: dict):
    beam.metrics.Metrics.counter(NAMESPACE, f"rejected:{item['reason']}").inc()
    progress.report("rejected")
    return beam.pvalue.TaggedOutput(REJECTS, item)


class _PlanFileFn(beam.DoFn):
    def __init__(self, max_record_bytes: int, records_per_slice: int):
        self._max_record_bytes = max_record_bytes
        self._records_per_slice = records_per_slice

    def process(self, path: str):
        for item in plan_file(path, self._records_per_slice, self._max_record_bytes):
            if isinstance(item, Slice):
                yield item
            else:  # a file that holds no record is one record read and rejected
                beam.metrics.Metrics.counter(NAMESPACE, "records_read").inc()
                progress.report("read")
                yield _count_reject(item)


class _ReadSliceFn(beam.DoFn):
    def __init__(self, max_record_bytes: int):
        self._max_record_bytes = max_record_bytes

    def process(self, piece: Slice):
        skipped: dict[str, int] = {}
        for item in read_slice(piece, self._max_record_bytes, skipped):
            beam.metrics.Metrics.counter(NAMESPACE, "records_read").inc()
            progress.report("read")
            if isinstance(item, RawPage):
                beam.metrics.Metrics.counter(NAMESPACE, "passed").inc()
                yield item
            else:
                yield _count_reject(item)
        for record_type, count in sorted(skipped.items()):
            beam.metrics.Metrics.counter(NAMESPACE, f"skipped_record_type:{record_type}").inc(count)


class ReadPageDumps(beam.PTransform):
    """File patterns in (a PCollection of glob strings); returns (pages, rejects).

    Every record in every matched file comes out exactly once: as a RawPage or
    as a reject row with stage `read`. Container records that never hold a page
    (WARC warcinfo, request, metadata) are counted in `skipped_record_type:*`.
    """

    def __init__(self, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
                 records_per_slice: int = RECORDS_PER_SLICE):
        super().__init__()
        self._max_record_bytes = max_record_bytes
        self._records_per_slice = records_per_slice

    def expand(self, patterns):
        planned = (
            patterns
            | "Match" >> fileio.MatchAll()
            | "Paths" >> beam.Map(path_of)
            # Overlapping globs must not read a file twice.
            | "UniqueFiles" >> beam.Distinct()
            | "PlanSlices" >> beam.ParDo(_PlanFileFn(self._max_record_bytes, self._records_per_slice))
            .with_outputs(REJECTS, main="slices"))
        read = (
            planned.slices
            # Only the small slice plans cross this shuffle; the pages are read after it.
            | "SpreadSlices" >> beam.Reshuffle()
            | "ReadSlices" >> beam.ParDo(_ReadSliceFn(self._max_record_bytes)).with_outputs(REJECTS, main="pages"))
        rejects = (planned[REJECTS], read[REJECTS]) | "ReadRejects" >> beam.Flatten()
        return read.pages, rejects


__all__ = ["ReadPageDumps", "read_dump_file"]
