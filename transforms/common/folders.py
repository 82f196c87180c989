"""Folders for files about to be written or renamed into place, on any Beam filesystem."""
from __future__ import annotations

import os

from apache_beam.io.filesystems import FileSystems


def ensure_parent(path: str) -> None:
    """Creates the local folder `path` goes into; object stores have no folders to create.

    Local renames fail into folders that do not exist yet. Several worker processes may create the
    same folder at once, so an existing folder is no error (Beam's local mkdirs raises on one).
    """
    if FileSystems.get_scheme(path) is None:
        parent = os.path.dirname(path)
        if parent:
            os.makedirs(parent, exist_ok=True)
