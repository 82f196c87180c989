"""An in-memory Beam filesystem (`memfs://`) that behaves like an object store: no folders.

Registering it is enough for FileSystems to route every `memfs://` path here,
so a run with input and output on it proves that the job reads, globs,
writes, renames and deletes only through Beam's filesystem layer.
"""
from __future__ import annotations

import io
import time

from apache_beam.io.filesystem import BeamIOError, FileMetadata, FileSystem, MatchResult

STORE: dict[str, bytes] = {}


class _Writer(io.BytesIO):
    def __init__(self, path: str):
        super().__init__()
        self._path = path

    def close(self):
        if not self.closed:
            STORE[self._path] = self.getvalue()
        super().close()


class InMemoryFileSystem(FileSystem):
    @classmethod
    def scheme(cls):
        return "memfs"

    def join(self, basepath, *paths):
        return "/".join([basepath.rstrip("/")] + [p.strip("/") for p in paths])

    def split(self, path):
        head, _, tail = path.rstrip("/").rpartition("/")
        return head, tail

    def mkdirs(self, path):
        pass

    def has_dirs(self):
        return False

    def _list(self, dir_or_prefix):
        for path in sorted(STORE):
            if path.startswith(dir_or_prefix):
                yield FileMetadata(path, len(STORE[path]), 0.0)

    def match(self, patterns, limits=None):
        results = []
        for pattern in patterns:
            prefix = pattern
            for i, char in enumerate(pattern):
                if char in "*?[":
                    prefix = pattern[:i]
                    break
            results.append(MatchResult(pattern, list(self.match_files(list(self._list(prefix)), pattern))))
        return results

    def create(self, path, mime_type="application/octet-stream", compression_type=None):
        return _Writer(path)

    def open(self, path, mime_type="application/octet-stream", compression_type=None):
        if path not in STORE:
            raise BeamIOError("open failed", {path: FileNotFoundError(path)})
        return io.BytesIO(STORE[path])

    def copy(self, source_file_names, destination_file_names):
        for src, dst in zip(source_file_names, destination_file_names):
            STORE[dst] = STORE[src]

    def rename(self, source_file_names, destination_file_names):
        for src, dst in zip(source_file_names, destination_file_names):
            STORE[dst] = STORE.pop(src)

    def exists(self, path):
        return path in STORE

    def size(self, path):
        return len(STORE[path])

    def last_updated(self, path):
        return time.time()

    def checksum(self, path):
        return str(len(STORE[path]))

    def metadata(self, path):
        return FileMetadata(path, len(STORE[path]), 0.0)

    def delete(self, paths):
        for path in paths:
            for key in [k for k in STORE if k == path or k.startswith(path.rstrip("/") + "/")]:
                del STORE[key]
