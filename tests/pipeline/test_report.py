"""report.html for the samples corpus: its numbers against the written files, an empty corpus, a corpus on an
object store, and the page itself in headless Chromium.

The expected values are computed here from the Parquet files and run_summary.json by other means (Python
counting over pyarrow tables, the summary's own counts), so each check is independent of the report's SQL.
"""
from __future__ import annotations

import bisect
import collections
import json
import os
import re
import shutil
import statistics
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.report import REPORT_NAME, write_report
from pipeline.report import __main__ as report_cli
from pipeline.report.data import collect
from pipeline.report.queries import CLUSTERS, DETAIL_CHARS, EXAMPLES, LENGTH_EDGES, TOP, length_bin_label

REPO = Path(__file__).resolve().parents[2]
SAMPLES = ["--input", "samples/warc/*", "--input", "samples/jsonl/*", "--input", "samples/html/*",
           "--input", "samples/text/*"]
_STRINGS = pa.schema([("language", pa.string()), ("year", pa.string()), ("month", pa.string())])


def _run_job(argv: list[str]) -> int:
    # The sample globs are relative to the repository root.
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return main(argv)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "out"
    assert _run_job([*SAMPLES, "--output", str(out), "--overwrite"]) == 0
    return out


@pytest.fixture(scope="module")
def data(corpus) -> dict:
    return collect(str(corpus))


@pytest.fixture(scope="module")
def summary(corpus) -> dict:
    return json.loads((corpus / "run_summary.json").read_text())


@pytest.fixture(scope="module")
def rows(corpus) -> list[dict]:
    """Every article row (the samples are small; the report itself never does this)."""
    partitioning = ds.partitioning(_STRINGS, flavor="hive")
    return ds.dataset(corpus / "articles", format="parquet", partitioning=partitioning).to_table().to_pylist()


def _ranked(counter: collections.Counter, top: int = TOP) -> list[tuple]:
    """Most frequent first; ties by value, a missing value (None) last: the report's order."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))[:top]


def _embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    return json.loads(match.group(1).replace("<\\/", "</"))


# --- the numbers -------------------------------------------------------------------------------------------

def test_the_job_writes_the_report_by_default_and_it_embeds_the_numbers(corpus, data):
    page = (corpus / REPORT_NAME).read_text(encoding="utf-8")
    assert _embedded(page) == json.loads(json.dumps(data, default=str))


def test_articles_by_month_and_language_match_the_partitions(data, summary):
    expected = {}
    for partition, count in summary["partitions"].items():
        keys = dict(part.split("=", 1) for part in partition.split("/"))
        month = "unknown" if keys["year"] == "unknown" else f"{keys['year']}-{keys['month']}"
        expected[(month, keys["language"])] = count
    assert {(r["month"], r["language"]): r["articles"] for r in data["by_month"]} == expected
    assert [r["month"] for r in data["by_month"]] == sorted(r["month"] for r in data["by_month"])
    assert data["overview"]["articles"] == summary["articles"] == sum(expected.values())
    assert data["overview"]["undated"] == sum(v for (month, _), v in expected.items() if month == "unknown")


def test_top_languages_and_hosts(data, summary, rows):
    assert [(r["value"], r["articles"]) for r in data["languages"]] == _ranked(
        collections.Counter(summary["languages"]))
    assert data["overview"]["languages"] == len(summary["languages"])
    hosts = collections.Counter(row["host"] for row in rows)
    assert [(r["value"], r["articles"]) for r in data["hosts"]] == _ranked(hosts)
    assert data["overview"]["hosts"] == len([h for h in hosts if h is not None])


def test_text_length_distribution(data, rows):
    lengths = sorted(row["text_chars"] for row in rows)
    assert lengths == sorted(len(row["text"]) for row in rows)
    assert data["text_length"]["stats"] == {"min": lengths[0], "median": statistics.median_low(lengths),
                                            "mean": round(sum(lengths) / len(lengths), 1), "max": lengths[-1]}
    bins = collections.Counter(bisect.bisect_right(LENGTH_EDGES, n) - 1 for n in lengths)
    expected = [{"bin": length_bin_label(i), "articles": bins.get(i, 0)} for i in range(min(bins), max(bins) + 1)]
    assert data["text_length"]["histogram"] == expected
    assert sum(h["articles"] for h in data["text_length"]["histogram"]) == len(rows)


def test_wire_share_origins_and_carriers(data, rows):
    wire = data["wire"]
    flags = collections.Counter(row["is_wire"] for row in rows)
    assert wire["share"] == {"wire": flags[True], "not_wire": flags[False], "unknown": flags[None]}
    origins = collections.Counter(row["wire_origin"] for row in rows if row["is_wire"])
    assert [(r["value"], r["articles"]) for r in wire["origins"]] == _ranked(origins)
    pairs = collections.Counter((row["wire_origin"], carrier) for row in rows for carrier in row["wire_carriers"])
    expected = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0][0] is None, kv[0][0] or "", kv[0][1]))[:TOP]
    assert [((r["origin"], r["carrier"]), r["articles"]) for r in wire["carrier_pairs"]] == expected
    assert wire["carrier_pairs"], "the samples have a story carried by a second agency"


def test_datelines(data, rows):
    lines = data["datelines"]
    assert lines["with_dateline"] == sum(row["dateline_raw"] is not None for row in rows)
    cities = collections.Counter((row["dateline_city"], row["dateline_country"]) for row in rows
                                 if row["dateline_city"] is not None)
    expected = sorted(cities.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] is None, kv[0][1] or ""))[:TOP]
    assert [((r["city"], r["country"]), r["articles"]) for r in lines["cities"]] == expected
    countries = collections.Counter(row["dateline_country"] for row in rows if row["dateline_country"] is not None)
    assert [(r["value"], r["articles"]) for r in lines["countries"]] == _ranked(countries)


def test_dedup_cluster_sizes_and_largest_clusters(data, rows):
    dedup = data["dedup"]
    members = collections.defaultdict(list)
    for row in rows:
        members[row["dup_cluster_id"]].append(row)
    assert dedup["marked"] == len(rows)
    sizes = collections.defaultdict(lambda: [set(), 0])
    for row in rows:
        sizes[row["dup_cluster_size"]][0].add(row["dup_cluster_id"])
        sizes[row["dup_cluster_size"]][1] += 1
    assert [(s["size"], s["clusters"], s["articles"]) for s in dedup["sizes"]] == [
        (size, len(ids), count) for size, (ids, count) in sorted(sizes.items())]
    largest = []
    for cluster, copies in members.items():
        size = copies[0]["dup_cluster_size"]
        if size > 1:
            canonical = [row for row in copies if row["is_canonical"]]
            assert len(canonical) == 1
            largest.append({"cluster": cluster, "size": size, "copies": len(copies),
                            "hosts": len({row["host"] for row in copies if row["host"] is not None}),
                            "canonical_title": canonical[0]["title"], "canonical_host": canonical[0]["host"]})
    largest.sort(key=lambda c: (-c["size"], c["cluster"]))
    assert dedup["largest"] == largest[:CLUSTERS]
    assert largest, "the samples hold syndicated stories"
    kinds = collections.Counter(row["dup_kind"] for row in rows)
    assert [(k["kind"], k["articles"]) for k in dedup["kinds"]] == _ranked(kinds)


def test_rejects_by_reason_with_examples(corpus, data, summary):
    rejects = data["rejects"]
    assert rejects["total"] == summary["rejects"]
    assert {f"{r['stage']}/{r['reason']}": r["rejects"] for r in rejects["by_reason"]} == summary["rejects_by_reason"]
    table = pq.read_table(corpus / "rejects").to_pylist()
    groups = collections.defaultdict(list)
    for row in table:
        groups[(row["stage"], row["reason"])].append(row)
    expected = []
    for key in sorted(groups):
        for row in sorted(groups[key], key=lambda r: (r["source_file"], r["source_record"]))[:EXAMPLES]:
            detail = None if row["detail"] is None else row["detail"][:DETAIL_CHARS]
            expected.append({"stage": row["stage"], "reason": row["reason"], "source_file": row["source_file"],
                             "source_record": row["source_record"], "url": row["url"], "detail": detail})
    assert rejects["examples"] == expected


def test_run_facts_come_from_the_run_summary(data, summary):
    run = data["run"]
    for key in ("records_read", "articles", "rejects", "balanced", "elapsed_seconds", "skipped_container_records",
                "counters"):
        assert run[key] == summary[key], key
    assert run["records_per_second"] == round(summary["records_read"] / summary["elapsed_seconds"], 1)
    assert run["settings"] == {"inputs": summary["inputs"], "output": summary["output"], "runner": summary["runner"],
                               "options": summary["options"]}
    assert summary["options"] == {"append_to": None, "dedup": "mark", "extraction_memory_mb": 2048, "extraction_timeout": 30.0,
                                  "max_record_bytes": 20971520, "max_rows_per_file": 50000, "min_text_chars": 200,
                                  "overwrite": True, "shards_per_partition": 1}


# --- the page ----------------------------------------------------------------------------------------------

def _chart_tips(data: dict) -> dict[str, str]:
    """The hover text of the first bar of each chart, as the numbers say it must read."""
    def first(rows):
        return "(none)" if rows[0]["value"] is None else rows[0]["value"]

    months = data["by_month"][0]
    histogram = data["text_length"]["histogram"][0]
    return {
        "months-0-0": f"{months['month']}, {months['language']}: {months['articles']:,} articles",
        "languages-0": f"{first(data['languages'])}: {data['languages'][0]['articles']:,} articles",
        "hosts-0": f"{first(data['hosts'])}: {data['hosts'][0]['articles']:,} articles",
        "lengths-0": f"{histogram['bin']}: {histogram['articles']:,} articles",
        "origins-0": f"{first(data['wire']['origins'])}: {data['wire']['origins'][0]['articles']:,} articles",
        "sizes-0": f"{data['dedup']['sizes'][0]['size']}: {data['dedup']['sizes'][0]['clusters']:,} clusters",
        "rejects-0": "{stage}/{reason}: {rejects:,} rejects".format(**data["rejects"]["by_reason"][0]),
    }


def test_page_is_self_contained_and_every_chart_carries_its_numbers(corpus, data):
    page = (corpus / REPORT_NAME).read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "nothing may load from the network"
    assert "<link" not in page and "@import" not in page
    for gid, tip in _chart_tips(data).items():
        assert f'<g id="{gid}"><title>{tip}</title>' in page, gid
    # months, languages, hosts, lengths, wire-share, origins, carriers, cities, countries, sizes, rejects
    assert page.count('<svg ') == 11
    assert f"<td class=\"n\">{data['run']['records_per_second']}</td>" in page


def test_empty_corpus_says_so_and_no_report_removes_a_stale_page(tmp_path, capsys):
    out = tmp_path / "empty"
    assert _run_job(["--input", "samples/html/empty.html", "--output", str(out)]) == 0
    # Writing the report adds nothing to stderr: the job's last word there is still its own warning.
    assert capsys.readouterr().err.splitlines()[-1].startswith("warning: no articles were written")
    page = (out / REPORT_NAME).read_text(encoding="utf-8")
    assert 'id="empty-corpus"' in page and "This corpus has no articles." in page
    data = _embedded(page)
    summary = json.loads((out / "run_summary.json").read_text())
    assert data["overview"] == {"articles": 0} and summary["articles"] == 0
    assert data["rejects"]["total"] == summary["rejects"] == summary["records_read"]
    assert report_cli.main([str(out)]) == 0
    assert _run_job(["--input", "samples/html/empty.html", "--output", str(out), "--overwrite", "--no_report"]) == 0
    assert not (out / REPORT_NAME).exists()
    assert report_cli.main([str(tmp_path / "nothing-here")]) == 2


def test_report_reads_and_writes_a_corpus_on_an_object_store(corpus, data):
    from tests import memfs  # registers memfs:// with Beam's FileSystems

    memfs.STORE.clear()
    try:
        for path in corpus.rglob("*"):
            if path.is_file() and path.name != REPORT_NAME:
                memfs.STORE[f"memfs://bucket/corpus/{path.relative_to(corpus).as_posix()}"] = path.read_bytes()
        remote = collect("memfs://bucket/corpus")
        assert remote == {**data, "output": "memfs://bucket/corpus"}
        assert write_report("memfs://bucket/corpus") == "memfs://bucket/corpus/report.html"
        assert _embedded(memfs.STORE["memfs://bucket/corpus/report.html"].decode("utf-8")) == json.loads(
            json.dumps(remote, default=str))
    finally:
        memfs.STORE.clear()


# --- the page in a browser ---------------------------------------------------------------------------------

_PROBE = """<script>
window.__errors = [];
window.addEventListener('error', e => window.__errors.push(e.message || ('failed to load ' +
  ((e.target && (e.target.src || e.target.href)) || 'a resource'))), true);
const __consoleError = console.error.bind(console);
console.error = (...args) => { window.__errors.push('console.error: ' + args.join(' ')); __consoleError(...args); };
window.addEventListener('load', () => {
  const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
    const r = svg.getBoundingClientRect();
    return [Math.round(r.left + scrollX), Math.round(r.top + scrollY), Math.round(r.width), Math.round(r.height)];
  });
  const probe = document.createElement('pre');
  probe.id = '__probe';
  probe.textContent = JSON.stringify({errors: window.__errors, charts: charts,
                                      height: document.documentElement.scrollHeight});
  document.body.appendChild(probe);
});
</script>"""
_WIDTH = 1280


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    reason = "no chromium on PATH (Debian: apt-get install chromium); the report's browser check needs it"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: {reason}")
    pytest.skip(reason)


def _chromium(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--force-device-scale-factor=1", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
               *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_page_renders_in_chromium_without_errors_and_with_drawn_charts(corpus, tmp_path):
    from PIL import Image

    browser = _browser()
    page = (corpus / REPORT_NAME).read_text(encoding="utf-8")
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("<head>", "<head>" + _PROBE, 1), encoding="utf-8")
    dumped = _chromium(browser, tmp_path / "profile", f"--window-size={_WIDTH},900", "--virtual-time-budget=5000",
                       "--dump-dom", probed.as_uri())
    match = re.search(r'<pre id="__probe">(.*?)</pre>', dumped.stdout, re.S)
    assert match, f"no probe output; stderr:\n{dumped.stderr[-2000:]}"
    probe = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert probe["errors"] == []
    assert len(probe["charts"]) == page.count('<svg ')

    shot = tmp_path / "report.png"
    height = min(probe["height"], 16000)
    shown = _chromium(browser, tmp_path / "profile", f"--window-size={_WIDTH},{height}",
                      f"--screenshot={shot}", (corpus / REPORT_NAME).as_uri())
    # The page itself has no script, so the console must stay silent (errors would show as CONSOLE lines).
    assert [line for line in shown.stderr.splitlines() if ":CONSOLE" in line] == []
    image = Image.open(shot).convert("RGB")
    assert image.size == (_WIDTH, height)
    for left, top, width, chart_height in probe["charts"]:
        assert width > 200 and chart_height > 50
        area = image.crop((left, top, left + width, top + chart_height))
        raw = area.tobytes()
        pixels = [raw[i:i + 3] for i in range(0, len(raw), 3)]
        inked = sum(1 for r, g, b in pixels if min(r, g, b) < 200)
        coloured = sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 60)
        # Axes, labels and bars: a blank or unstyled chart has neither ink nor bar colour.
        assert inked > 0.01 * len(pixels) and coloured > 150, (left, top, inked, coloured)
