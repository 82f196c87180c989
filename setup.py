"""Installable package for the news-corpus pipeline.

`--setup_file ./setup.py` ships this package, its data files and its pinned
dependencies to remote Beam workers (Dataflow, Flink, Spark).
"""
import setuptools

# Pinned so that every worker extracts, detects and hashes exactly alike:
# different library versions would give different rows and cluster ids.
INSTALL_REQUIRES = [
    "apache-beam==2.77.0",
    "trafilatura==2.3.1",
    # justext (pulled in by trafilatura) needs the split-out cleaner with lxml 5+.
    "lxml_html_clean==0.4.6",
    "langdetect==1.0.9",
    "pyarrow==25.0.1",
    "warcio==1.8.1",
    "courlan==1.4.0",
    "charset-normalizer==3.5.2",
    # MinHash signatures in dedup.
    "numpy==2.4.6",
    # report.html (pipeline/report/): SQL aggregates over the written Parquet, even on a bucket.
    "duckdb==2.0.1",
    # report.html charts as static inline SVG: no script or network needed to view or print the page.
    "matplotlib==3.11.2",
    # report.html on a bucket: DuckDB reads Beam's filesystems through an fsspec adapter.
    "fsspec==2026.9.0",
]

# Readers for the README's loading snippets, which tests/test_loading.py runs (hence in "test" too).
ANALYSIS_REQUIRE = ["pandas==3.1.1", "polars==2.1.0", "duckdb==2.0.1"]

EXTRAS_REQUIRE = {
    "test": [
        "pytest==9.2.0",
        "hypothesis==6.170.17",
        *ANALYSIS_REQUIRE,
    ],
    "analysis": ANALYSIS_REQUIRE,
    "dataflow": ["apache-beam[gcp]==2.77.0"],
    # benchmarks/rendering_quality.py renders real HTML pages to text as a browser would.
    "bench": ["inscriptis==2.5.3"],
}

setuptools.setup(
    name="newscorpus",
    version="0.1.0",
    description="Apache Beam pipeline: raw page dumps in, deduplicated news corpus in Parquet out.",
    python_requires=">=3.10,<3.13",
    # Namespace discovery so that transforms/newsroom/data (registry, gazetteer) ships as package data.
    packages=setuptools.find_namespace_packages(
        include=["pipeline", "pipeline.*", "transforms", "transforms.*", "schemas", "schemas.*"]),
    package_data={"transforms.newsroom.data": ["*.json"], "schemas": ["*.json"]},
    install_requires=INSTALL_REQUIRES,
    extras_require=EXTRAS_REQUIRE,
    entry_points={"console_scripts": ["newscorpus=pipeline.cli:main"]},
)
