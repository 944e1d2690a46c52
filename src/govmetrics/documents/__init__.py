"""The stages run over whole documents: one source (`build`), or many files in order (`folders`)."""

from __future__ import annotations

from .build import complete, complete_many, parse_document, read, structure
from .folders import Outcome, find_documents, read_many

__all__ = ["Outcome", "complete", "complete_many", "find_documents", "parse_document", "read", "read_many",
           "structure"]
