"""The data types every stage shares: small frozen dataclasses with `to_dict()`.

Numbers are `decimal.Decimal`; every extracted thing carries `start`/`end` offsets.
Offsets of things attached to a `Task` are offsets into `Document.text`; the helpers
on `Task` turn them into offsets relative to the task's own text.
`to_dict()` gives the layout of `spec/targets.md` (numbers as strings, so decimals stay
exact), with a few extra keys after the spec's own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Callable, Iterator, Literal

Comparator = Literal["=", ">=", ">", "<=", "<", "~"]
Commitment = Literal["firm", "aim"]
Kind = Literal["level", "increment", "growth", "change"]
Direction = Literal["up", "down"]
Role = Literal[
    "target", "deadline", "task_number", "name_or_code", "grade", "ordinal",
    "condition", "programme_name", "date", "list_count", "progress", "other",
]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]


def _num(x: Decimal | None) -> str | None:
    """A Decimal as a plain decimal string (never exponent notation), None kept."""
    return None if x is None else format(x, "f")


def _dec(x: str | None) -> Decimal | None:
    return None if x is None else Decimal(x)  # the inverse of `_num`


def copied(obj: Any, **changes: Any) -> Any:
    """`dataclasses.replace(obj, **changes)` for a frozen dataclass, several times cheaper: its field dict
    is copied, its __init__ not run (an init=False field keeps its value unless `changes` resets it)."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__, **changes)
    return new


@dataclass(frozen=True)
class Quantity:
    """One quantity mention: a numeral with its magnitude, unit and comparator words.

    `start`/`end` cover the surface as the spec defines it (number, magnitude, unit and
    a trailing comparator word); `number_start`/`number_end` cover the numeral alone.
    A leading comparator word (不低于, 超, 最多) is outside the surface but sets
    `comparator`; all comparator words found are in `comparator_words`.
    """

    surface: str
    start: int
    end: int
    number_start: int
    number_end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    unit_name: str | None = None
    dimension: str | None = None
    magnitude: str | None = None
    comparator: Comparator = "="
    comparator_words: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "surface": self.surface,
            "value": _num(self.value), "low": _num(self.low), "high": _num(self.high),
            "unit": self.unit, "unit_name": self.unit_name, "dimension": self.dimension,
            "magnitude": self.magnitude, "comparator": self.comparator,
            "comparator_words": list(self.comparator_words),
            "number_start": self.number_start, "number_end": self.number_end,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        """The inverse of `to_dict()`."""
        return cls(
            d["surface"], d["start"], d["end"], d["number_start"], d["number_end"], _dec(d["value"]),
            _dec(d["low"]), _dec(d["high"]), d["unit"], d["unit_name"], d["dimension"], d["magnitude"],
            d["comparator"], tuple(d["comparator_words"]),
        )

    def shifted(self, by: int) -> Quantity:
        """The same quantity with every offset moved by `by` (task → document offsets)."""
        return copied(self, start=self.start + by, end=self.end + by,
                      number_start=self.number_start + by, number_end=self.number_end + by)


@dataclass(frozen=True)
class Deadline:
    """A time by which a task or target is due, as written, resolved to a date.

    `due` is None for a recurring time (每季度末) and for one with no date (尽早);
    `default` marks the end of the document's year given to a task that states none
    (then `surface` is empty and `start == end`).
    """

    surface: str
    start: int
    end: int
    due: date | None
    recurring: bool = False
    default: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "surface": self.surface, "due": self.due.isoformat() if self.due else None,
                "recurring": self.recurring, "end": self.end, "default": self.default}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Deadline:
        """The inverse of `to_dict()`."""
        due = date.fromisoformat(d["due"]) if d["due"] else None
        return cls(d["surface"], d["start"], d["end"], due, d["recurring"], d["default"])

    def shifted(self, by: int) -> Deadline:
        """The same deadline with its offsets moved by `by`."""
        return copied(self, start=self.start + by, end=self.end + by)


@dataclass(frozen=True)
class Target:
    """A quantity a supervisor could check at the end of the period (spec section 1-2)."""

    surface: str
    start: int
    end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    unit_name: str | None
    dimension: str | None
    comparator: Comparator
    action: str | None
    commitment: Commitment | None
    indicator: str | None
    kind: Kind
    direction: Direction | None
    quantity: Quantity
    deadline: Deadline | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "surface": self.surface,
            "value": _num(self.value), "low": _num(self.low), "high": _num(self.high),
            "unit": self.unit, "comparator": self.comparator, "action": self.action,
            "commitment": self.commitment, "indicator": self.indicator,
            "kind": self.kind, "direction": self.direction,
            "end": self.end, "unit_name": self.unit_name, "dimension": self.dimension,
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "quantity": self.quantity.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Target:
        """The inverse of `to_dict()`."""
        return cls(
            d["surface"], d["start"], d["end"], _dec(d["value"]), _dec(d["low"]), _dec(d["high"]),
            d["unit"], d["unit_name"], d["dimension"], d["comparator"], d["action"], d["commitment"],
            d["indicator"], d["kind"], d["direction"], Quantity.from_dict(d["quantity"]),
            Deadline.from_dict(d["deadline"]) if d["deadline"] else None,
        )

    def shifted(self, by: int) -> Target:
        """The same target with every offset (its quantity's and deadline's too) moved by `by`."""
        return copied(self, start=self.start + by, end=self.end + by, quantity=self.quantity.shifted(by),
                      deadline=self.deadline.shifted(by) if self.deadline else None)


@dataclass(frozen=True)
class NumberMention:
    """One numeral in a text and the single role it was given, with the rule's reason."""

    surface: str
    start: int
    end: int
    role: Role
    reason: str
    value: Decimal | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "surface": self.surface,
            "role": self.role, "reason": self.reason, "value": _num(self.value),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> NumberMention:
        """The inverse of `to_dict()`."""
        return cls(d["surface"], d["start"], d["end"], d["role"], d["reason"], _dec(d["value"]))

    def shifted(self, by: int) -> NumberMention:
        """The same mention with its offsets moved by `by`."""
        return copied(self, start=self.start + by, end=self.end + by)


@dataclass(frozen=True)
class Section:
    """A heading that groups tasks: an attachment, a list, or a theme/leader group.

    `path` holds the titles from the outermost section down to this one. Leaders named
    in the heading (一、钱三雄市长牵头重点工作) are in `leaders`.
    """

    title: str
    start: int
    end: int
    level: int
    path: tuple[str, ...]
    leaders: tuple[str, ...] = ()
    assisting_leaders: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title, "start": self.start, "end": self.end, "level": self.level,
            "path": list(self.path), "leaders": list(self.leaders),
            "assisting_leaders": list(self.assisting_leaders),
        }


@dataclass(frozen=True)
class Statement:
    """One statement of the document's body (spec section 1), and who answers for it.

    A statement is a task's text where the document numbers its tasks or lays them out
    as table rows, otherwise a sentence that states work to be done. It is a task
    (`is_task`) when it is an item of a responsibility list or carries responsibility;
    only then are `leaders` and the unit fields filled. `start`/`end` delimit the text in
    `Document.text` (after its number label, before its responsibility); `label_start` is
    where the label (1. / (二十三) / 一、) begins (`start` when it has none). `section` is
    the section path, outermost first. `targets`, `deadlines` and `numbers` carry document
    offsets; `reading` the spans they were read from when not all of `text` (PDF wraps, table
    cells; an empty span: a break between cells). `tokens`: the spaCy `Doc` of `text`, on first use."""

    number: str
    text: str
    start: int
    end: int
    label_start: int
    section: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    assisting_leaders: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()
    cooperating_units: tuple[str, ...] = ()
    responsible_units: tuple[str, ...] = ()
    units_open: bool = False
    targets: tuple[Target, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    is_task: bool = True
    reading: tuple[tuple[int, int], ...] = ()
    # Makes `tokens` on first use: a callable text → spaCy Doc, given by the stage that
    # built the statement (the data types depend on no stage, so they cannot load spaCy).
    tokenizer: Callable[[str], Any] | None = field(default=None, compare=False, repr=False)
    _tokens: Any = field(default=None, init=False, compare=False, repr=False)

    @property
    def tokens(self) -> Any:
        """The spaCy `Doc` of `text` with the govmetrics spans (None without a tokenizer)."""
        if self._tokens is None and self.tokenizer is not None:
            object.__setattr__(self, "_tokens", self.tokenizer(self.text))
        return self._tokens

    @property
    def section_title(self) -> str:
        """The innermost section heading ('' when the statement is in no section)."""
        return self.section[-1] if self.section else ""

    def relative(self, start: int, end: int) -> tuple[int, int]:
        """Document offsets → offsets into `self.text`."""
        return start - self.start, end - self.start

    def to_dict(self) -> dict[str, Any]:
        return {
            "section": self.section_title, "number": self.number, "start": self.start,
            "text_head": self.text[:20].split("\n")[0],
            "leaders": list(self.leaders), "assisting_leaders": list(self.assisting_leaders),
            "lead_units": list(self.lead_units), "cooperating_units": list(self.cooperating_units),
            "responsible_units": list(self.responsible_units), "units_open": self.units_open,
            "end": self.end, "label_start": self.label_start, "section_path": list(self.section),
            "is_task": self.is_task, "text": self.text,
            "targets": [t.to_dict() for t in self.targets],
            "deadlines": [d.to_dict() for d in self.deadlines],
            "numbers": [n.to_dict() for n in self.numbers],
        }


Task = Statement  # a task is a statement that has responsibility (`is_task`): one type for both


@dataclass(frozen=True)
class Coverage:
    """How much of the body the statements hold, so that no hole goes unnoticed.

    `body_numbers` counts the quantities written in the body (after the covering letter),
    `outside` those that stand in no statement (headings, titles, unread layouts).
    """

    statements: int = 0
    tasks: int = 0
    body_numbers: int = 0
    outside: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(statements=self.statements, tasks=self.tasks, body_numbers=self.body_numbers, outside=self.outside)


@dataclass(frozen=True)
class DocumentMeta:
    """What the document says about itself, and how it was read.

    `doc_number` is the number as written (湖政办发〔2019〕9号), split into
    `doc_agency`, `doc_year`, `doc_serial`. `year` is the year the tasks are for (the
    report year), which resolves deadlines; None when the document names no year (then
    deadlines that need it have no date). `lead_rule` is True when the document says the
    first listed responsible unit leads (列第一位者为工作牵头单位). `body_start` is the
    offset where the body begins, after the covering letter.
    """

    doc_id: str = ""
    path: str | None = None
    source_format: str = "text"
    encoding: str | None = None
    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    doc_agency: str | None = None
    doc_year: int | None = None
    doc_serial: int | None = None
    date_issued: date | None = None
    date_published: date | None = None
    region: str | None = None
    year: int | None = None
    lead_rule: bool = False
    body_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            v = getattr(self, name)
            out[name] = v.isoformat() if isinstance(v, date) else v
        return out


@dataclass(frozen=True)
class Document:
    """A whole document: its text, metadata, sections and statements (tasks among them)."""

    text: str
    meta: DocumentMeta
    sections: tuple[Section, ...] = ()
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = ()
    coverage: Coverage = field(default_factory=Coverage)
    skipped: tuple[tuple[int, int], ...] = ()  # body text read as no statement on purpose (a preamble)
    # A `govmetrics.reading.SourceMap` (typed loosely: the data types depend on no stage).
    source_map: Any = field(default=None, compare=False, repr=False)
    tokenizer: Callable[[str], Any] | None = field(default=None, compare=False, repr=False)
    _doc: Any = field(default=None, init=False, compare=False, repr=False)

    @property
    def tasks(self) -> tuple[Statement, ...]:
        """The statements that are tasks, in document order."""
        return tuple(s for s in self.statements if s.is_task)

    @property
    def doc(self) -> Any:
        """The spaCy `Doc` of the whole text with the govmetrics spans, made on first use."""
        if self._doc is None and self.tokenizer is not None:
            object.__setattr__(self, "_doc", self.tokenizer(self.text))
        return self._doc

    def targets(self) -> Iterator[tuple[Statement, Target]]:
        """Every target of every statement, with its statement, in document order."""
        yield from ((statement, target) for statement in self.statements for target in statement.targets)

    def deadlines(self) -> Iterator[tuple[Statement, Deadline]]:
        """Every deadline of every statement (defaults included), with its statement."""
        yield from ((statement, deadline) for statement in self.statements for deadline in statement.deadlines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "meta": self.meta.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
            "statements": [t.to_dict() for t in self.statements],
            "coverage": self.coverage.to_dict(),
            "warnings": list(self.warnings),
        }

    def to_json(self, **kwargs: Any) -> str:
        """The whole document as JSON (UTF-8 text, Chinese kept as written)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)
