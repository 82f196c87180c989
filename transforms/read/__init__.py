"""Stage 1, ReadPageDumps: dump files in, one RawPage per page out.

In:  file globs (local or any Beam filesystem).
Out: RawPage records (transforms/common/raw_page.py) and reject rows for what
     cannot be read (stage "read").

- page_dumps.py  the composite: match the globs, plan each file, spread the slices, read them
- slices.py      a file planned into slices of 100 records, and the reading of one slice
- formats.py     what a file is (WARC, ARC, JSON lines, HTML, text), from its name and first bytes
- readers.py     pure readers, one per format: a byte stream in, pages and rejects out
"""
from transforms.read.page_dumps import ReadPageDumps
from transforms.read.readers import DEFAULT_MAX_RECORD_BYTES
from transforms.read.slices import dump_format

__all__ = ["ReadPageDumps", "DEFAULT_MAX_RECORD_BYTES", "dump_format"]
