"""govmetrics: numeric targets, deadlines and responsibilities from Chinese government task documents."""

from __future__ import annotations

from .errors import GovmetricsError, ModelError, NumberError, ReadError
from .model import Deadline, Document, DocumentMeta, NumberMention, Quantity, Section, Target, Task

__version__ = "0.1.0"

__all__ = [
    "Deadline", "Document", "DocumentMeta", "GovmetricsError", "ModelError", "NumberError",
    "NumberMention", "Quantity", "ReadError", "Section", "Target", "Task", "__version__",
]
