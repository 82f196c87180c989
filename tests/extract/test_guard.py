import os
import time

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.extract.articles import ExtractArticles
from transforms.extract.guard import GuardedWorker
from transforms.common.raw_page import RawPage

from tests.extract.test_articles import FULL_PAGE


def nap(seconds):
    time.sleep(seconds)
    return f"slept {seconds}"


def hog(megabytes):
    return len(bytearray(megabytes * 1024 * 1024))


def die(code):
    os._exit(code)


def fail(message):
    raise ValueError(message)


def test_timeout_then_the_worker_carries_on():
    guard = GuardedWorker(nap, timeout=0.5)
    try:
        assert guard.call(0.01) == ("ok", "slept 0.01")
        assert guard.call(30) == ("extraction_timeout", "no result within 0.5 s")
        assert guard.call(0.02) == ("ok", "slept 0.02")
    finally:
        guard.close()


def test_memory_limit():
    guard = GuardedWorker(hog, timeout=20, memory_mb=200)
    try:
        assert guard.call(10) == ("ok", 10 * 1024 * 1024)
        assert guard.call(4000) == ("extraction_oom", "over the 200 MiB extraction memory limit")
        assert guard.call(5) == ("ok", 5 * 1024 * 1024)
    finally:
        guard.close()


def test_crash_and_errors_are_reported():
    guard = GuardedWorker(die, timeout=10)
    try:
        assert guard.call(3) == ("extraction_crash", "extraction process died (exit code 3)")
    finally:
        guard.close()
    guard = GuardedWorker(fail, timeout=10)
    try:
        assert guard.call("bad page") == ("error", "ValueError: bad page")
    finally:
        guard.close()


def slow_table_page(rows=6000, cols=20) -> str:
    """A page trafilatura needs several seconds for: one huge table."""
    row = "<tr>" + "".join(f"<td>value {c} in a wide table</td>" for c in range(cols)) + "</tr>"
    return "<html><body><table>" + row * rows + "</table></body></html>"


def _page(name):
    # Built inside the pipeline: a multi-megabyte element in beam.Create costs seconds on its own.
    if name == "big.html":
        return RawPage("big.html", "file", "html", "html", slow_table_page(), "https://slow.example/")
    return RawPage("good.html", "file", "html", "html", FULL_PAGE, "https://valleyherald.example/n")


def test_slow_page_is_rejected_and_others_still_extract():
    with TestPipeline() as p:
        pages = p | beam.Create(["big.html", "good.html"]) | beam.Map(_page)
        articles, rejects = pages | ExtractArticles(timeout=1.0)
        assert_that(articles | "A" >> beam.Map(lambda a: a["title"]),
                    equal_to(["Night buses extended across the valley"]), label="articles")
        assert_that(rejects | "R" >> beam.Map(lambda r: (r["source_file"], r["reason"], r["detail"])),
                    equal_to([("big.html", "extraction_timeout", "no result within 1 s")]), label="rejects")


def test_a_child_that_cannot_start_leaves_nothing_to_tear_down(monkeypatch):
    import multiprocessing.process

    def refuse(self):
        raise RuntimeError("no new processes here")

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refuse)
    guard = GuardedWorker(nap, timeout=1)
    try:
        guard.call(0.01)
    except RuntimeError as error:
        assert str(error) == "no new processes here"
    else:
        raise AssertionError("the start failure must surface")
    guard.close()


def test_submit_then_collect_lets_the_caller_work_meanwhile():
    guard = GuardedWorker(nap, timeout=2)
    try:
        guard.submit(0.3)
        time.sleep(0.5)  # the caller's own work overlaps the child's
        started = time.monotonic()
        assert guard.collect() == ("ok", "slept 0.3")
        assert time.monotonic() - started < 0.2
    finally:
        guard.close()


def test_the_time_limit_runs_from_submit():
    guard = GuardedWorker(nap, timeout=0.5)
    try:
        guard.submit(30)
        time.sleep(0.6)
        started = time.monotonic()
        assert guard.collect() == ("extraction_timeout", "no result within 0.5 s")
        assert time.monotonic() - started < 0.2
        assert guard.call(0.01) == ("ok", "slept 0.01")
    finally:
        guard.close()
