"""TagWireSources: which agency wrote a story, which ones carried it, and the evidence.

The tags come from positional signals only (see `signals.py`): dateline, byline, end credits,
copyright and disclaimer lines, and page metadata. Boilerplate credit lines are cut from the
body; the cut text stays in the evidence, so nothing is lost.
"""
from __future__ import annotations

import dataclasses
from typing import Any

import apache_beam as beam

from transforms.newsroom.agencies import resolve
from transforms.wire.datelines import dateline_credits
from transforms.wire.signals import Detection, body_detections, metadata_detections

# Which explicit origin signal wins when they disagree: the story's own dateline first, the
# page around it last.
_ORIGIN_PRIORITY = {"dateline": 0, "byline": 1, "copyright": 2, "credit_line": 3, "disclaimer": 4,
                    "metadata_author": 5, "host": 6, "sitename": 7}


@dataclasses.dataclass(frozen=True)
class WireTags:
    origin: str | None
    carriers: tuple[str, ...]
    agencies: tuple[str, ...]
    evidence: tuple[tuple[str | None, str, str], ...]
    credit_spans: tuple[tuple[int, int], ...]

    @property
    def is_wire(self) -> bool:
        """Agency copy: an agency was found, or the page says it came from a syndicated feed."""
        return bool(self.agencies) or any(agency is None for agency, _, _ in self.evidence)


def _with_dateline_agency(found: list[Detection], dateline_agency: str | None) -> list[Detection]:
    """Put the dateline parser's agency first, reusing the body's own match for its text."""
    agency = resolve(dateline_agency)
    if agency is None:
        return found
    same = next((d for d in found if d.signal == "dateline" and d.agency == agency), None)
    first = same or Detection(agency, "dateline", dateline_agency.strip(), True)
    return [first] + [d for d in found if d is not same]


def _origin(found: list[Detection]) -> str | None:
    # An origin signal without an agency names a writer the registry does not list (`(tca/dpa)`,
    # "NTB distributes this on behalf of Faktisk.no"): the agencies beside it only carried the story.
    explicit = [(rank, _ORIGIN_PRIORITY[d.signal], d.agency) for rank, d in enumerate(found) if d.origin]
    if explicit:
        return min(explicit, key=lambda t: (t[1], t[0]))[2]
    named = list(dict.fromkeys(d.agency for d in found if d.agency is not None))
    # A lone relay credit ("Source: PTI" and nothing else) names the only agency there is.
    return named[0] if len(named) == 1 else None


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def tag_wire_sources(text: str, *, title: str | None = None, author: str | None = None,
                     sitename: str | None = None, url: str | None = None,
                     dateline_agency: str | None = None) -> WireTags:
    """Origin, carriers and evidence for one article; `dateline_agency` is a canonical id from the
    dateline parser, and is read as a dateline signal even when the body no longer holds it."""
    text = text or ""
    found = _with_dateline_agency(body_detections(text), dateline_agency)
    found += metadata_detections(author=author, sitename=sitename, title=title, url=url)
    origin = _origin(found)
    carriers = tuple(a for a in dict.fromkeys(d.agency for d in found if d.agency is not None) if a != origin)
    return WireTags(
        origin=origin,
        carriers=carriers,
        agencies=((origin,) if origin else ()) + carriers,
        evidence=tuple((d.agency, d.signal, d.text) for d in found),
        credit_spans=_merged([d.span for d in found if d.span is not None]),
    )


def remove_spans(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """`text` without `spans`; a line left empty goes with the blank lines it would double up."""
    if not spans:
        return text
    cut = bytearray(len(text))
    for start, end in spans:
        cut[start:end] = b"\x01" * (end - start)
    kept: list[str | None] = []  # None marks a line removed whole
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        newline_cut = 0 < start and end < len(text) and cut[start - 1] and cut[end]
        if not any(cut[start:end]) and not newline_cut:
            kept.append(line)
            continue
        rest = "".join(ch for ch, gone in zip(line, cut[start:end]) if not gone)
        kept.append(rest.rstrip() if rest.strip() else None)
    out: list[str] = []
    after_removed_blank = False
    for line in kept:
        if line is None:
            after_removed_blank = after_removed_blank or not out or not out[-1].strip()
            continue
        if after_removed_blank and not line.strip():
            continue
        after_removed_blank = False
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out).rstrip()


def tag_record(record: dict[str, Any]) -> dict[str, Any]:
    """A new article dict with the wire columns set and credit lines cut from `text`."""
    dateline_agency = record.get("dateline_agency")
    if not dateline_agency and record.get("dateline_raw"):
        credits = dateline_credits(record["dateline_raw"].strip())
        dateline_agency = credits[0][0] if credits else None
    text = record.get("text") or ""
    # The byline as printed still names the agency a reporter writes for (`NAME Associated Press`).
    tags = tag_wire_sources(text, title=record.get("title"), author=record.get("byline") or record.get("author"),
                            sitename=record.get("sitename"), url=record.get("url"),
                            dateline_agency=dateline_agency)
    body = remove_spans(text, tags.credit_spans)
    return {
        **record,
        "text": body,
        "text_chars": len(body),
        "wire_origin": tags.origin,
        "wire_carriers": list(tags.carriers),
        "wire_agencies": list(tags.agencies),
        "wire_evidence": [{"agency": a, "signal": s, "text": t} for a, s, t in tags.evidence],
        "is_wire": tags.is_wire,
    }


class _TagRecordFn(beam.DoFn):
    def __init__(self):
        self._wire = beam.metrics.Metrics.counter("TagWireSources", "wire")
        self._not_wire = beam.metrics.Metrics.counter("TagWireSources", "not_wire")

    def process(self, record: dict[str, Any]):
        tagged = tag_record(record)
        (self._wire if tagged["is_wire"] else self._not_wire).inc()
        yield tagged


class TagWireSources(beam.PTransform):
    """Takes article dicts (the `schemas` columns) and returns new dicts, one per input, with
    `wire_origin`, `wire_carriers`, `wire_agencies`, `wire_evidence` and `is_wire` set, boilerplate
    credit lines cut from `text` and `text_chars` equal to `len(text)`. Rejects nothing."""

    def expand(self, articles):
        return articles | "TagRecord" >> beam.ParDo(_TagRecordFn())
