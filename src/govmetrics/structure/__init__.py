"""Stage 2, structure: a text into metadata, sections and numbered tasks with who answers for them.

Lines and their kinds (`lines`), what the document says about itself (`metadata`),
lines grouped into headings, items and prose (`blocks`), sections and statements (`statements`), responsibility labels and brackets (`responsibility`),
and unit lists (`orgs`).
"""

from __future__ import annotations

from .statements import build_document

__all__ = ["build_document"]
