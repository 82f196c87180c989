import logging

import transforms


def _record(message: str) -> logging.LogRecord:
    return logging.LogRecord("root", logging.WARNING, __file__, 1, message, None, None)


def test_beams_optional_client_warning_is_dropped_and_nothing_else():
    installed = [f for f in logging.getLogger().filters if isinstance(f, transforms._OptionalBigQueryClients)]
    assert len(installed) == 1
    quiet = installed[0]
    assert quiet.filter(_record("apitools not found, and bigquery client libraries are not available")) is False
    assert quiet.filter(_record("extraction of a.warc offset:0 stopped: no result within 30 s")) is True
