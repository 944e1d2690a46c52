"""Stage 2, structure: a text into metadata, sections and numbered tasks with who answers for them.

Lines and their kinds (`lines`), what the document says about itself (`metadata`),
sections and tasks (`tasks`), responsibility labels and brackets (`responsibility`),
and unit lists (`orgs`).
"""

from __future__ import annotations

from .tasks import build_document

__all__ = ["build_document"]
