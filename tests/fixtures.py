"""Small dump files built in code for the reader and pipeline tests."""
from __future__ import annotations

import gzip
import io
import json

from apache_beam.metrics.metric import MetricsFilter

PAGE = ("<html><head><title>Harbour ferry returns</title></head><body><article>"
        "<h1>Harbour ferry returns</h1>"
        "<p>The harbour ferry returned to service on Monday after a month of repairs to its engines, "
        "and the first crossing of the morning carried more than two hundred commuters.</p>"
        "<p>Operators said the timetable would stay unchanged for the rest of the season, "
        "with crossings every twenty minutes during the morning and evening rush.</p>"
        "</article></body></html>")


def warc_bytes(records: list[dict], gzipped: bool = True) -> bytes:
    """WARC file from dicts: type, url, payload (bytes), content_type, status, record_id, date."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for spec in records:
        headers = {"WARC-Record-ID": f"<urn:uuid:{spec['record_id']}>", "WARC-Date": spec.get("date", "2024-03-05T10:00:00Z")}
        payload = spec.get("payload", b"")
        http = None
        if spec["type"] == "response":
            status = spec.get("status", "200 OK")
            http = StatusAndHeaders(status, [("Content-Type", spec.get("content_type", "text/html; charset=utf-8"))],
                                    protocol="HTTP/1.1")
        record = writer.create_warc_record(spec.get("url", ""), spec["type"], payload=io.BytesIO(payload),
                                           http_headers=http, warc_headers_dict=headers,
                                           warc_content_type=spec.get("warc_content_type"))
        writer.write_record(record)
    return out.getvalue()


def jsonl_bytes(lines: list, gzipped: bool = False) -> bytes:
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines).encode("utf-8")
    return gzip.compress(text, mtime=0) if gzipped else text


def counters_in(result, namespace: str) -> dict[str, int]:
    """Committed counter values of a finished TestPipeline run, by name, for one namespace."""
    return {c.key.metric.name: c.committed
            for c in result.metrics().query(MetricsFilter().with_namespace(namespace))["counters"]}
