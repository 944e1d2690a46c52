"""Lines that start with a short label and its colon, whatever the label (工作目标：, 任务要求：…).

Such a line under an item lists a part of it, not a paragraph under a heading (`blocks`);
one whose label no table reads gives no field, and the document says so (`unread_label`);
one whose label is a note on the whole document (说明：…) answers for no task. Who answers,
read from the labels the tables hold, is `responsibility`'s.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import compiled
from ..lexicon.labels import SPACE, char_class, data, fold, words
from .responsibility import any_label, starts_with_label


@cache
def _label_shape() -> re.Pattern[str]:
    """A line that starts with any short label and its colon, and the value after it if any."""
    return compiled.compile(f"[{SPACE}]*{any_label()}(?P<value>[{SPACE}]*[^{SPACE}])?")


def label_shaped(line: str, *, value: bool = False) -> re.Match[str] | None:
    """The match of a line that starts with a short label and its colon, whatever the label
    (工作目标：, 任务要求：全年…; not a sentence that ends in one: 2022年的主要目标是：), with a
    value after it when `value` (a line shaped `label：value`)."""
    m = _label_shape().match(fold(line))
    return m if m is not None and (m.group("value") or not value) else None


def unread_label(line: str) -> str | None:
    """The label of a line shaped `label：value` that the label grammar does not read (a field
    in words no table holds, 主办科室 before 科 was a head), else None: such a line gives no
    field, and the document says so (`statements`), rather than losing it in silence."""
    m = label_shaped(line, value=True)
    if m is None or document_note(line) or starts_with_label(line):
        return None
    # A label that numbers (专题二：民生保障, 任务一：…) heads a part of the list: no field.
    return None if _numbering_char().search(m.group("label")) else m.group("label")


def document_note(line: str) -> bool:
    """Whether a line is a note on the whole document (说明：…, [labels] document_notes)."""
    m = label_shaped(line, value=True)
    return m is not None and m.group("label") in words("labels", "document_notes")


@cache
def _numbering_char() -> re.Pattern[str]:
    return compiled.compile(char_class(data()["numbering"]["chinese"] + data()["numbering"]["arabic"]))
