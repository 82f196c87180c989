"""Charset decoding accuracy on ../shared/corpora/chardet-testdata.

Each folder is named after the true encoding of its files (plain text and
HTML, mostly without any declaration, so this measures detection). The
expected text is what a browser decodes: labels map to their WHATWG
decoders (Shift_JIS -> windows-31j, GB2312 -> GB18030, ISO-8859-1 ->
windows-1252, ...), since that is also what the pipeline does.

    .venv/bin/python -m benchmarks.encoding_accuracy
"""
from __future__ import annotations

import argparse
import codecs
import sys
from pathlib import Path

from transforms.page_decoding import _SUPERSETS, decode_page

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "chardet-testdata" / "tests"
_LANGUAGE_SUFFIXES = ("-arabic", "-bulgarian", "-croatian", "-czech", "-greek", "-hebrew", "-hungarian", "-polish",
                      "-romanian", "-russian", "-slovak", "-slovene", "-turkish")


def expected_codec(folder: str) -> str | None:
    label = folder.lower()
    for suffix in _LANGUAGE_SUFFIXES:
        label = label.removesuffix(suffix)
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    if not args.root.exists():
        print(f"test data not found at {args.root}", file=sys.stderr)
        return 2
    total = right = 0
    misses = []
    for folder in sorted(p for p in args.root.iterdir() if p.is_dir()):
        codec = expected_codec(folder.name)
        if codec is None:
            print(f"{folder.name:<28} skipped: no Python codec")
            continue
        hits = files = 0
        for path in sorted(folder.iterdir()):
            data = path.read_bytes()
            expected = data.decode(codec, errors="replace").lstrip("\ufeff")
            got = decode_page(data)[0].lstrip("\ufeff")
            files += 1
            hits += got == expected
            if got != expected:
                misses.append(f"{folder.name}/{path.name}")
        total, right = total + files, right + hits
        print(f"{folder.name:<28} {hits:>3}/{files:<3}")
    print(f"all: {right}/{total} files decode to the expected text ({right / total:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
