"""The README's loading snippets, run as written, and the partition types they give."""
import collections
import json
import re

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from schemas import article_schema, reject_schema

from tests.conftest import REPO

PARTITIONS = ["language", "year", "month"]
# Two corpora as two runs of the job could leave them: only the first has an `unknown` folder.
WITH_UNKNOWN = [("de", "unknown", "unknown"), ("en", "2024", "03")]
WITHOUT_UNKNOWN = [("en", "2024", "03"), ("en", "2025", "11")]


def snippets(language: str) -> list[str]:
    """The ```<language> blocks of the README section that starts at `Loading it:`."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("\nLoading it:\n"):text.index("\n## Columns\n")]
    return re.findall(rf"^```{language}\n(.*?)^```$", section, flags=re.M | re.S)


def sql_statements(block: str) -> list[str]:
    code = "\n".join(line for line in block.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in code.split(";") if s.strip()]


def run_snippets(corpus, workdir, monkeypatch) -> dict:
    """Every README snippet, run in a folder where `output/` is `corpus`.

    Everything is read before returning: the snippets use relative paths, and a later call moves
    the working directory to another corpus.
    """
    workdir.mkdir()
    (workdir / "output").symlink_to(corpus, target_is_directory=True)
    monkeypatch.chdir(workdir)
    names = {}
    for block in snippets("python"):
        exec(compile(block, "README.md", "exec"), names)
    con = duckdb.connect()
    sql = [con.execute(statement).fetchall() for block in snippets("sql") for statement in sql_statements(block)]
    view = con.sql("SELECT * FROM articles")
    return {"pyarrow": names["table"], "pandas": names["df"], "polars": names["lf"].collect(),
            "polars_schema": names["lf"].collect_schema(), "duckdb": view.to_arrow_table(),
            "duckdb_types": dict(zip(view.columns, map(str, view.types))), "sql": sql}


def partition_types(loaded: dict) -> dict:
    return {
        "pyarrow": [str(loaded["pyarrow"].schema.field(c).type) for c in PARTITIONS],
        "pandas": [str(loaded["pandas"][c].dtype) for c in PARTITIONS],
        "polars": [str(loaded["polars_schema"][c]) for c in PARTITIONS],
        "duckdb": [loaded["duckdb_types"][c] for c in PARTITIONS],
    }


STRINGS = {"pyarrow": ["string"] * 3, "pandas": ["str"] * 3, "polars": ["String"] * 3, "duckdb": ["VARCHAR"] * 3}


def write_corpus(root, partitions):
    """A corpus with one row per partition, laid out as the job lays it out (keys in folder names only)."""
    for i, (language, year, month) in enumerate(partitions):
        # Only the required columns get values: the loaders are under test, not the rows.
        row = {f.name: i if pa.types.is_integer(f.type) else f"{f.name}-{i}"
               for f in article_schema() if not f.nullable}
        folder = root / "articles" / f"language={language}" / f"year={year}" / f"month={month}"
        folder.mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist([row], schema=article_schema()), folder / "part-0.parquet")
    (root / "rejects").mkdir()
    pq.write_table(reject_schema().empty_table(), root / "rejects" / "part-0.parquet")
    return root


def triples(frame) -> list[tuple]:
    """The (language, year, month) of every row of a pyarrow, Polars or pandas frame, sorted."""
    if isinstance(frame, pa.Table):
        frame = pl.from_arrow(frame)
    if isinstance(frame, pl.DataFrame):
        return sorted(frame.select(PARTITIONS).rows())
    return sorted(frame[PARTITIONS].itertuples(index=False, name=None))


@pytest.fixture(scope="session")
def samples_corpus(tmp_path_factory):
    """The bundled samples, run through the job once, as ./run_local.sh does."""
    out = tmp_path_factory.mktemp("loading") / "corpus"
    inputs = [a for g in ("warc", "jsonl", "html", "text") for a in ("--input", f"{REPO}/samples/{g}/*")]
    assert main([*inputs, "--output", str(out), "--overwrite"]) == 0
    return out, json.loads((out / "run_summary.json").read_text())


def test_readme_section_has_the_snippets():
    assert [len(snippets("sql")), len(snippets("python"))] == [1, 1]
    assert len(sql_statements(snippets("sql")[0])) == 4


def test_sql_snippet_on_the_samples(samples_corpus, tmp_path, monkeypatch):
    corpus, summary = samples_corpus
    loaded = run_snippets(corpus, tmp_path / "work", monkeypatch)
    view, by_year, by_origin, rejects = loaded["sql"]
    assert view == []
    per_year = collections.Counter()
    for partition, rows in summary["partitions"].items():
        language, year, _ = (part.split("=", 1)[1] for part in partition.split("/"))
        per_year[language, year] += rows
    assert by_year == sorted((language, year, n) for (language, year), n in per_year.items())
    assert sum(n for *_, n in by_year) == summary["articles"] == 31
    origins = ds.dataset(corpus / "articles", format="parquet").to_table(columns=["wire_origin"])
    assert dict(by_origin) == collections.Counter(origins["wire_origin"].to_pylist())
    assert sum(n for _, n in by_origin) == summary["articles"]
    assert rejects == sorted((*key.split("/"), n) for key, n in summary["rejects_by_reason"].items())
    assert sum(n for *_, n in rejects) == summary["rejects"] == 8
    assert partition_types(loaded)["duckdb"] == STRINGS["duckdb"]


def test_python_snippet_on_the_samples(samples_corpus, tmp_path, monkeypatch):
    corpus, summary = samples_corpus
    loaded = run_snippets(corpus, tmp_path / "work", monkeypatch)
    # The partitions each reader sees are the ones the job counted, "unknown" and "03" included.
    expected = sorted(tuple(part.split("=", 1)[1] for part in partition.split("/"))
                      for partition, rows in summary["partitions"].items() for _ in range(rows))
    assert ("en", "unknown", "unknown") in expected and ("en", "2024", "03") in expected
    for reader in ("pyarrow", "pandas", "polars", "duckdb"):
        assert triples(loaded[reader]) == expected, reader
    assert len(expected) == summary["articles"] == 31
    assert partition_types(loaded) == STRINGS


def test_guessed_partition_types_follow_the_folders(tmp_path):
    """Why the snippets pass a schema: left to guess, year is an integer unless year=unknown exists."""
    def guessed(root):
        files = f"{root}/articles/**/*.parquet"
        return {
            "pyarrow": str(ds.dataset(root / "articles", format="parquet", partitioning="hive")
                           .schema.field("year").type),
            "pandas": str(pd.read_parquet(root / "articles")["year"].cat.categories.dtype),
            "polars": str(pl.scan_parquet(files, hive_partitioning=True).collect_schema()["year"]),
            "duckdb": str(duckdb.sql(f"SELECT year FROM read_parquet('{files}', hive_partitioning=true)").types[0]),
        }
    assert guessed(write_corpus(tmp_path / "with", WITH_UNKNOWN)) == {
        "pyarrow": "string", "pandas": "str", "polars": "String", "duckdb": "VARCHAR"}
    assert guessed(write_corpus(tmp_path / "without", WITHOUT_UNKNOWN)) == {
        "pyarrow": "int32", "pandas": "int32", "polars": "Int64", "duckdb": "BIGINT"}


def test_corpora_with_and_without_unknown_load_alike_and_concatenate(tmp_path, monkeypatch):
    first = run_snippets(write_corpus(tmp_path / "with", WITH_UNKNOWN), tmp_path / "work1", monkeypatch)
    second = run_snippets(write_corpus(tmp_path / "without", WITHOUT_UNKNOWN), tmp_path / "work2", monkeypatch)
    assert partition_types(first) == partition_types(second) == STRINGS
    both = sorted(WITH_UNKNOWN + WITHOUT_UNKNOWN)
    # pyarrow and Polars refuse to concatenate differing schemas, so these also check the whole schema.
    assert triples(pa.concat_tables([first["pyarrow"], second["pyarrow"]])) == both
    assert triples(pa.concat_tables([first["duckdb"], second["duckdb"]])) == both
    assert triples(pl.concat([first["polars"], second["polars"]])) == both
    # pandas concatenates anything, falling back to object columns: the dtypes tell.
    frame = pd.concat([first["pandas"], second["pandas"]])
    assert [str(frame[c].dtype) for c in PARTITIONS] == ["str"] * 3
    assert triples(frame) == both
