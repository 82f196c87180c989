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


def of_old_file(element, partitions: int, old_files: frozenset[str]) -> int:
    """Routes a dedup update: 0 for the rows staged by this run, 1 for a file an earlier run committed."""
    return int(element[0] in old_files)


def build_pipeline(p: beam.Pipeline, *, inputs: list[str], staging_dir: str, dedup: str = "mark",
                   max_record_bytes: int, min_text_chars: int, extraction_timeout: float,
                   extraction_memory_mb: int, shards_per_partition: int = 1,
                   max_rows_per_file: int, corpus_files: list[str] = (), run: int = 1,
                   previous_updates: list[str] = ()) -> beam.PCollection:
    """Wires the stages; returns the PCollection of (folder, rows) per written file.

    `corpus_files` are the article files of the corpus this run appends to: dedup clusters the new
    rows together with them, and the old rows whose cluster changes go to cluster_updates/.
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
    if corpus_files:
        old = p | "CorpusArticleFiles" >> beam.Create(sorted(corpus_files))
        sources = (staged, old) | "NewAndOldRows" >> beam.Flatten()
    else:
        sources = staged
    updates = sources | "DedupSyndicated" >> DedupStagedRows(dedup)
    rejects = (read_rejects, extract_rejects) | "AllRejects" >> beam.Flatten()
    if corpus_files:
        routed = updates | "OldOrNewRow" >> beam.Partition(of_old_file, 2, frozenset(corpus_files))
        updates = routed[0]
        routed[1] | "RecordClusterUpdates" >> RecordClusterUpdates(staging_dir, run, list(previous_updates))
    return (staged, updates, rejects) | "WritePartitionedParquet" >> WritePartitionedParquet(
        staging_dir, shards_per_partition, max_rows_per_file)
