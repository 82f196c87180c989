"""Regenerates the files derived from the schema: `python -m schemas`.

Writes schemas/articles.bigquery.json and the column reference between the
markers in README.md. A test fails when either is out of date.
"""
from pathlib import Path

from schemas.corpus import bigquery_json, columns_markdown

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- columns:begin -->", "<!-- columns:end -->"


def readme_with_columns(readme: str) -> str:
    head, _, rest = readme.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{columns_markdown()}{END}{tail}"


def main() -> None:
    (ROOT / "schemas" / "articles.bigquery.json").write_text(bigquery_json(), encoding="utf-8")
    readme = ROOT / "README.md"
    readme.write_text(readme_with_columns(readme.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
