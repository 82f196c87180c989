"""The job graph. Each stage is the composite transform its package in transforms/ exports."""
from __future__ import annotations

import apache_beam as beam

from transforms.datelines import NormalizeDatelines
from transforms.dedup import DedupStagedRows
from transforms.extract import ExtractArticles
from transforms.language import DetectLanguage
from transforms.read import ReadPageDumps
from transforms.wire import TagWireSources
from transforms.write import RecordClusterUpdates, StageArticles, WritePartitionedParquet


def of_old_row(element, partitions: int, index_files: frozenset[str]) -> int:
    """Routes a dedup update: 0 for a row staged by this run, 1 for a row of the corpus (from its index)."""
    return int(element[0] in index_files)


def build_pipeline(p: beam.Pipeline, *, inputs: list[str], staging_dir: str, dedup: str = "mark",
                   max_record_bytes: int, min_text_chars: int, extraction_timeout: float,
                   extraction_memory_mb: int, shards_per_partition: int = 1,
                   max_rows_per_file: int, corpus_files: list[str] = (), index_files: list[str] = (),
                   run: int = 1, previous_updates: list[str] = (),
                   shared_files: list[str] | None = None) -> beam.PCollection:
    """Wires the stages; returns the PCollection of (folder, rows) per written file.

    `corpus_files` and `index_files` are the article and dedup_index/ files of the corpus this run
    appends to: dedup clusters the new rows together with the old ones (from their index records), and
    the old rows whose cluster changes go to cluster_updates/. Every run writes dedup_index/ records
    of its own rows (with --dedup mark).
    """
    pages, read_rejects = (
        p
        | "InputGlobs" >> beam.Create(sorted(set(inputs)))
        | "ReadPageDumps" >> ReadPageDumps(max_record_bytes))
    articles, extract_rejects = pages | "ExtractArticles" >> ExtractArticles(
        min_text_chars, extraction_timeout, extraction_memory_mb)
    articles = (
        articles
        | "DetectLanguage" >> DetectLanguage()
        | "NormalizeDatelines" >> NormalizeDatelines()
        | "TagWireSources" >> TagWireSources())
    # Rows are written once, where they are made; dedup and the final write read them back
    # from these files, so no article row crosses a shuffle (transforms/common/staged_rows.py).
    staged = articles | "StageArticles" >> StageArticles(staging_dir)
    updates = staged | "DedupSyndicated" >> DedupStagedRows(
        dedup, index_files=list(index_files), index_root=staging_dir, shared_files=shared_files)
    rejects = (read_rejects, extract_rejects) | "AllRejects" >> beam.Flatten()
    if index_files:
        routed = updates | "OldOrNewRow" >> beam.Partition(of_old_row, 2, frozenset(index_files))
        updates = routed[0]
        _ = (routed[1]
             | "ByDocId" >> beam.Map(lambda element: element[1])
             | "RecordClusterUpdates" >> RecordClusterUpdates(
                 staging_dir, run, list(corpus_files), list(previous_updates)))
    return (staged, updates, rejects) | "WritePartitionedParquet" >> WritePartitionedParquet(
        staging_dir, shards_per_partition, max_rows_per_file)
