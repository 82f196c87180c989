"""The pipeline's stages, one composite transform per module."""
import logging


class _OptionalBigQueryClients(logging.Filter):
    # Importing Beam logs this at WARNING in every process (job, workers,
    # extraction children) when the Google Cloud extra is not installed. Local
    # runs need none of it, so it is noise. This package is imported before
    # Beam by every entry point of the job.
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("apitools not found")


logging.getLogger().addFilter(_OptionalBigQueryClients())
