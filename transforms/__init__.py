"""The pipeline's stages, one package each, in order:

read → extract → language → datelines → wire → dedup → write

Each stage package exports its composite transform from its `__init__.py`.
`newsroom/` (agencies, places, months, URLs) and `common/` (RawPage, progress)
are shared by the stages and import none of them; see ARCHITECTURE.md.
"""
import logging


class _OptionalBigQueryClients(logging.Filter):
    # Importing Beam logs this at WARNING in every process (job, workers,
    # extraction children) when the Google Cloud extra is not installed. Local
    # runs need none of it, so it is noise. This package is imported before
    # Beam by every entry point of the job.
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("apitools not found")


logging.getLogger().addFilter(_OptionalBigQueryClients())
