"""What `--input` stands for: globs and files as given, folders as the page dumps inside them."""
from __future__ import annotations

import os
import sys

from apache_beam.io.filesystems import FileSystems

from transforms.read import dump_format


class InputError(Exception):
    pass


MAX_LISTED = 8


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_LISTED])
    return shown + (f" and {len(names) - MAX_LISTED} more" if len(names) > MAX_LISTED else "")


def _is_folder(pattern: str) -> bool:
    if FileSystems.get_scheme(pattern) is None:
        return os.path.isdir(pattern)
    # Object stores have no folders: a prefix with files under it and no file of its own name is one.
    return not FileSystems.match([pattern])[0].metadata_list and bool(
        FileSystems.match([FileSystems.join(pattern, "**")])[0].metadata_list)


def _folder_dumps(folder: str) -> tuple[list[str], list[str]]:
    """(dump files, skipped files) below a folder, recursively; hidden files and folders are skipped."""
    base = folder.rstrip("/") + "/"
    taken, skipped = [], []
    for meta in sorted(FileSystems.match([FileSystems.join(folder, "**")])[0].metadata_list, key=lambda m: m.path):
        relative = meta.path[len(base):] if meta.path.startswith(base) else meta.path
        if any(part.startswith(".") for part in relative.split("/")) or dump_format(meta.path) is None:
            skipped.append(relative)
        else:
            taken.append(meta.path)
    return taken, skipped


def resolve_inputs(patterns: list[str]) -> list[str]:
    """The globs and files to read: a folder stands for the dump files inside it, recursively.

    Says on stderr what each folder gave; raises InputError when a pattern matches nothing or when
    nothing in the whole input is a page dump.
    """
    resolved: list[str] = []
    any_dump = False
    seen: list[str] = []
    for pattern in patterns:
        try:
            if _is_folder(pattern):
                taken, skipped = _folder_dumps(pattern)
                print(f"--input {pattern}: {len(taken)} dump files taken"
                      + (f", {len(skipped)} skipped (not page dumps): {_listed(skipped)}" if skipped else ""),
                      file=sys.stderr)
                resolved += taken
                any_dump = any_dump or bool(taken)
                continue
            matched = [m.path for m in FileSystems.match([pattern])[0].metadata_list]
        except Exception as error:  # Beam raises BeamIOError subclasses per filesystem
            raise InputError(f"cannot read --input {pattern!r}: {error}") from error
        if not matched:
            raise InputError(f"no file matches --input {pattern!r}")
        resolved.append(pattern)
        seen += [path.rsplit("/", 1)[-1] for path in matched]
        # Names decide first; only files whose names say nothing are opened, and only until one is a dump.
        any_dump = any_dump or any(dump_format(path) is not None for path in matched)
    if not any_dump:
        # A glob matches files, never folders (`samples/*` is the files directly in samples/).
        hint = (f"; the globs matched {_listed(seen)}. To read the dumps below a folder, give the folder itself"
                if seen else "")
        raise InputError(f"none of the --input files is a page dump (WARC/ARC, JSON lines, HTML or .txt){hint}")
    return resolved
