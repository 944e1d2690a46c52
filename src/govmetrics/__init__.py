"""govmetrics: numeric targets, deadlines and responsibilities from Chinese government task documents.

    import govmetrics
    doc = govmetrics.read("corpora/quzhou-2021.txt")
    for task, target in doc.targets():
        print(task.number, target.indicator, target.value, target.unit, target.deadline.due)

The functions (`read`, `parse_document`, `load`, `render`, and the pure functions
`extract_targets`, `extract_quantities`, `extract_deadlines` that need no spaCy) are
imported on first use, so `govmetrics model fetch` and the data types stay quick to import.
"""

from __future__ import annotations

import importlib
from typing import Any

from .errors import GovmetricsError, ModelError, NumberError, ReadError
from .model import Deadline, Document, DocumentMeta, NumberMention, Quantity, Section, Target, Task

__version__ = "0.1.0"

_LAZY = {
    "read": "documents", "parse_document": "documents", "read_many": "documents",
    "find_documents": "documents", "load": "nlp.components", "render": "output.render",
    "extract_targets": "extract.targets", "extract_quantities": "extract.quantities",
    "extract_deadlines": "extract.deadlines",
}

__all__ = [
    "Deadline", "Document", "DocumentMeta", "GovmetricsError", "ModelError", "NumberError",
    "NumberMention", "Quantity", "ReadError", "Section", "Target", "Task", "__version__", *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'govmetrics' has no attribute {name!r}")
