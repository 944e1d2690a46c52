"""The stages run over whole documents: one source (`build`), many files in order (`folders`),
many files on several cores (`pool`)."""

from __future__ import annotations

from .build import complete, complete_many, parse_document, read, structure
from .folders import Outcome, find_documents, read_many
from .pool import cores, map_documents

__all__ = ["Outcome", "complete", "complete_many", "cores", "find_documents", "map_documents", "parse_document",
           "read", "read_many", "structure"]
