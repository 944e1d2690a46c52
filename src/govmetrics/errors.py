"""The library's error types: one base class, one subclass per stage.

Every error a user can meet is a `GovmetricsError` (a `ValueError`), and its message
names the file or the input and the place of the problem, so the CLI can print it on
one line and a library user can catch it by type.
"""

from __future__ import annotations


class GovmetricsError(ValueError):
    """Base class of every error raised on purpose by govmetrics."""


class ModelError(GovmetricsError):
    """The pkuseg segmentation model is missing, damaged, or could not be fetched."""


class ReadError(GovmetricsError):
    """A file could not be read as a document (empty, binary, unsupported, undecodable)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class NumberError(GovmetricsError):
    """A string is not one numeral of the kinds `govmetrics.numbers` reads.

    `text` is the input and `position` the index of the first character that could
    not be read (or `len(text)` when the input ended too early).
    """

    def __init__(self, text: str, position: int, problem: str) -> None:
        self.text = text
        self.position = position
        self.problem = problem
        super().__init__(f"{problem}: {text!r} at position {position}")
