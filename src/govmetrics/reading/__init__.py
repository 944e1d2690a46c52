"""Stage 1, reading: a file (or its bytes) into one text with a map back to the source.

Plain text in any common Chinese encoding (`source`), HTML pages (`htmlpage`), Word
files (`docxfile`), their tables laid out as lines (`tables`), and the source map
(`sourcemap`). Also the words a reader needs to drop a page's furniture (`furniture`)
and to read the dates a file states about itself (`dates`).
"""

from __future__ import annotations

from .source import FOLDER_SUFFIXES, ReadText, read_source
from .sourcemap import SourceMap, SourcePosition

__all__ = ["FOLDER_SUFFIXES", "ReadText", "SourceMap", "SourcePosition", "read_source"]
