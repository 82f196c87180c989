"""Lets DuckDB read a corpus on any Beam filesystem (gs://, s3://, ...).

DuckDB reads remote files through fsspec filesystems registered on a
connection. Wrapping Beam's FileSystems in one means the report reaches a
bucket with exactly the filesystem plugins and credentials the job itself
used to write it, and DuckDB still only fetches the byte ranges it needs
(column chunks, footers), so a corpus is never copied whole.
"""
from __future__ import annotations

import datetime

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from fsspec import AbstractFileSystem


class BeamFileSystem(AbstractFileSystem):
    """Read-only fsspec view of Beam's FileSystems for one URI scheme; paths stay full URIs."""

    # Instances differ by scheme only; fsspec's instance cache would otherwise hand back the first one.
    cachable = False

    def __init__(self, scheme: str, **kwargs):
        super().__init__(**kwargs)
        self.scheme = scheme
        self.protocol = (scheme,)

    @classmethod
    def _strip_protocol(cls, path):
        # Beam needs the scheme to route a path, so it is never stripped.
        return path.rstrip("/") if isinstance(path, str) else path

    def _full(self, path: str) -> str:
        return path if "://" in path else f"{self.scheme}://{path.lstrip('/')}"

    def glob(self, path, maxdepth=None, **kwargs):
        detail = kwargs.get("detail", False)
        found = FileSystems.match([self._full(path)])[0].metadata_list
        if detail:
            return {m.path: {"name": m.path, "size": m.size_in_bytes, "type": "file"} for m in found}
        return sorted(m.path for m in found)

    def ls(self, path, detail=True, **kwargs):
        prefix = self._full(path).rstrip("/") + "/"
        found = FileSystems.match([prefix + "*"])[0].metadata_list
        entries = [{"name": m.path, "size": m.size_in_bytes, "type": "file"} for m in found]
        return entries if detail else [entry["name"] for entry in entries]

    def _metadata(self, path):
        full = self._full(path)
        found = [m for m in FileSystems.match([full])[0].metadata_list if m.path == full]
        if not found:
            raise FileNotFoundError(full)
        return found[0]

    def info(self, path, **kwargs):
        metadata = self._metadata(path)
        return {"name": metadata.path, "size": metadata.size_in_bytes, "type": "file"}

    def modified(self, path):
        # DuckDB asks for it to cache file metadata; object stores report it, others may give 0.
        seconds = self._metadata(path).last_updated_in_seconds or 0
        return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)

    def _open(self, path, mode="rb", **kwargs):
        if "r" not in mode:
            raise PermissionError("the report reads the corpus only")
        # Uncompressed: Beam would otherwise guess a codec from the file name.
        return FileSystems.open(self._full(path), compression_type=CompressionTypes.UNCOMPRESSED)
