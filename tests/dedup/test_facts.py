"""Stored dedup facts equal fresh ones, and clustering from the index equals clustering from the rows."""
import json

import apache_beam as beam
import pytest
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline

from schemas import article_schema, dedup_index_schema, staged_article_schema
from tests.dedup.test_syndicated import FERRY, FERRY_REACTION, FERRY_UPDATE, NAV, article
from transforms.dedup.boilerplate import line_hash
from transforms.dedup.facts import IndexedFacts, RowFacts
from transforms.dedup.syndicated import DedupStagedRows, node_id
from transforms.newsroom.agencies import agency_hosts


def _stored(record: dict) -> dict:
    """The record as it comes back from a dedup_index/ file."""
    return pa.Table.from_pylist([record], schema=dedup_index_schema()).to_pylist()[0]


def test_a_stored_record_gives_the_fresh_facts_while_the_boilerplate_holds():
    row = article("a1", NAV[:2] + FERRY)
    fresh = RowFacts(node_id(row), None, row, agency_hosts())
    boilerplate = frozenset({line_hash(NAV[0])})
    near, trimmed = fresh.near(boilerplate)
    stored = IndexedFacts(None, _stored(fresh.index_record(boilerplate, near)))
    assert (stored.node, stored.rank, stored.exact_key, stored.host_record) == (
        fresh.node, fresh.rank, fresh.exact_key, fresh.host_record)
    assert stored.stored_near_holds(boilerplate)
    assert stored.stored_near() == (near, trimmed) and trimmed
    # One more of its lines became boilerplate: the stored fingerprint no longer holds.
    assert not stored.stored_near_holds(boilerplate | {line_hash(NAV[1])})
    # A line the row does not have changes nothing.
    assert stored.stored_near_holds(boilerplate | {line_hash("| Weather | Tides |")})
    # An exact copy is stored without a fingerprint.
    assert not IndexedFacts(None, _stored(fresh.index_record(None, None))).stored_near_holds(frozenset())


def _write(path, rows, schema):
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema), path)
    return str(path)


def _append_line(element, path):
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(element) + "\n")


def _updates(files, out, **kwargs):
    """Runs DedupStagedRows; returns its updates (read back from `out`) and its counters."""
    pipeline = test_pipeline.TestPipeline()
    _ = pipeline | beam.Create(files) | DedupStagedRows(**kwargs) | beam.Map(_append_line, str(out))
    result = pipeline.run()
    result.wait_until_finish()
    counters = {c.key.metric.name: c.committed for c in result.metrics().query(MetricsFilter())["counters"]}
    updates = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    return updates, counters


def _by_doc_id(updates, rows_by_locator):
    """{doc_id: update}: staged rows are addressed by (file, position), index records by (file, doc_id)."""
    return {rows_by_locator.get((path, where), where): update for path, (where, update) in updates}


def test_clustering_from_the_index_equals_one_run_even_when_boilerplate_grows(tmp_path):
    host = "valleytimes.example"
    # Day A: two stories of one host share its navigation (two texts: not yet boilerplate), and a copy of
    # the first is on another site. Day B: a third story of that host makes the navigation boilerplate, so
    # day A's fingerprints of that host no longer hold and their texts are read back from the corpus.
    day_a = [article("a1", NAV[:3] + FERRY, host=host, record=1),
             article("a2", NAV[:3] + FERRY_REACTION, host=host, record=2),
             article("a3", FERRY[:6], host="other.example", record=3)]
    day_b = [article("b1", NAV[:3] + FERRY_UPDATE, host=host, record=4),
             article("b2", FERRY_REACTION, host="third.example", record=5)]
    corpus = tmp_path / "corpus"
    _write(corpus / "articles" / "part-0.parquet", day_a, article_schema())
    staged_a = _write(tmp_path / "staged" / "a.parquet", day_a, staged_article_schema())
    staged_b = _write(tmp_path / "staged" / "b.parquet", day_b, staged_article_schema())
    locators = {(staged_a, i): r["doc_id"] for i, r in enumerate(day_a)}
    locators |= {(staged_b, i): r["doc_id"] for i, r in enumerate(day_b)}

    _updates([staged_a], tmp_path / "first.jsonl", index_root=str(corpus))
    index_files = sorted(str(p) for p in (corpus / "dedup_index").glob("*.parquet"))
    assert len(index_files) == 1 and pq.read_table(index_files[0]).num_rows == 3

    updates, counters = _updates([staged_b], tmp_path / "appended.jsonl", index_files=index_files)
    appended = _by_doc_id(updates, locators)
    together = _by_doc_id(_updates([staged_a, staged_b], tmp_path / "together.jsonl")[0], locators)
    assert appended == together
    assert sorted(appended) == ["a1", "a2", "a3", "b1", "b2"]
    assert appended["a2"]["set"]["dup_cluster_id"] == "a2" and appended["b2"]["set"]["dup_cluster_size"] == 2
    assert appended["a3"]["set"]["dup_cluster_id"] == "a1"
    assert counters["fingerprint_from_index_text_read_again"] == 2
    assert counters["fingerprint_from_index"] == 1


def _story(rng, words=120):
    vocabulary = [f"{a}{b}" for a in ("har", "mel", "tos", "vin", "quo", "ber", "lun", "dra", "pel", "sor")
                  for b in ("ant", "ebo", "ilk", "orn", "usk", "ade", "imp", "oth", "ery", "aul")]
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 16))).capitalize() + ".")
    return [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]


def _copy(rng, paragraphs):
    """A syndicated copy: maybe truncated, maybe one word changed."""
    kept = paragraphs[:max(2, len(paragraphs) - rng.randint(0, 2))]
    if rng.random() < 0.5:
        words = kept[0].split()
        words[rng.randrange(len(words))] = "changed"
        kept = [" ".join(words)] + kept[1:]
    return kept


def _random_corpus(seed):
    import datetime as dt
    import random

    rng = random.Random(seed)
    hosts = ["apnews.com", "valleytimes.example", "herald.example", "post.example"]
    rows, record = [], 0
    for story in range(8):
        paragraphs = _story(rng)
        for _ in range(rng.randint(1, 4)):
            record += 1
            host = rng.choice(hosts)
            text = paragraphs if rng.random() < 0.3 else _copy(rng, paragraphs)
            if host == "valleytimes.example":
                text = NAV[:2] + text
            rows.append(article(f"{rng.getrandbits(64):016x}", text, host=host, record=record,
                                published=dt.date(2024, 3, rng.randint(1, 9)),
                                wire_origin="AP" if rng.random() < 0.5 else None))
    rng.shuffle(rows)
    return rows


# Seeds 0 to 9 were checked, with and without dedup_keys/; one keeps the suite short (the first
# boilerplate-growth test above clusters from the index without dedup_keys/).
@pytest.mark.parametrize("seed,filtered", [(0, True)])
def test_three_runs_from_the_index_equal_one_run_on_random_corpora(tmp_path, seed, filtered):
    work = tmp_path / f"seed-{seed}"
    updated = {}
    rows = _random_corpus(seed)
    days = [rows[: len(rows) // 3], rows[len(rows) // 3: 2 * len(rows) // 3], rows[2 * len(rows) // 3:]]
    corpus = work / "corpus"
    staged, locators = [], {}
    for day, members in enumerate(days):
        path = _write(work / "staged" / f"{day}.parquet", members, staged_article_schema())
        staged.append(path)
        locators |= {(path, i): r["doc_id"] for i, r in enumerate(members)}
    for day, members in enumerate(days):
        index_files = sorted(str(p) for p in (corpus / "dedup_index").glob("*.parquet"))
        shared = sorted(str(p) for p in (corpus / "dedup_keys").glob("*.parquet"))
        last, counters = _updates([staged[day]], work / f"day-{day}.jsonl", index_files=index_files,
                                  index_root=str(corpus), shared_files=shared if filtered else None)
        updated.update(_by_doc_id(last, locators))
        _write(corpus / "articles" / f"part-{day}.parquet", members, article_schema())
    together = _by_doc_id(_updates(staged, work / "together.jsonl")[0], locators)
    # Rows that could not pair got no update in the last run: they stay as their own run left them.
    assert updated == together, seed
    assert len(together) == len(rows)
    if filtered and seed == 0:
        assert counters["old_rows_that_cannot_pair"] == 1
    assert sum(update["set"]["dup_cluster_size"] > 1 for update in together.values()) > len(rows) // 2
