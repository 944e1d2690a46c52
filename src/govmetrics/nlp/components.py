"""spaCy integration: the govmetrics pipeline components and `load()`.

Three components, registered with `@Language.factory` (and the `spacy_factories` entry
point, so `nlp.add_pipe("govmetrics_targets")` works once govmetrics is installed):

- `govmetrics_quantities` → `doc.spans["quantities"]`, `span._.quantity`;
- `govmetrics_deadlines` → `doc.spans["deadlines"]`, `span._.deadline`;
- `govmetrics_targets` → `doc.spans["targets"]`, `span._.target`, and
  `doc.spans["numbers"]` (every numeral, labelled with its role), `span._.number`.

The results are kept as plain dicts in `doc.user_data["govmetrics"]` and each span's
`id_` is its index there, for two reasons: `Doc.to_bytes()` (which `nlp.pipe` with
`n_process > 1` uses to send docs between processes) serializes user data with
msgpack, which takes dicts but not dataclasses; and spaCy keys `Span._` values by
character offsets, so two targets on one surface (各创建1家) would overwrite each other.
The `Span._` getters rebuild the frozen dataclasses from those dicts. `doc._.targets`,
`doc._.deadlines`, `doc._.quantities` and `doc._.numbers` give the full lists, spans or
not. Spans use `alignment_mode="expand"`: a target inside a token (“学位6750个” as one
token) still gets the span of the token that holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extract.deadlines import extract_deadlines
from ..extract.quantities import extract_quantities
from ..extract.roles import analyse
from ..model import Deadline, NumberMention, Quantity, Target
from .tokenizer import blank_nlp

USER_DATA = "govmetrics"
PIPES = ("govmetrics_quantities", "govmetrics_deadlines", "govmetrics_targets")

# span group key → (Span extension, Doc extension, model class)
_GROUPS: dict[str, tuple[str, str, Any]] = {
    "quantities": ("quantity", "quantities", Quantity),
    "deadlines": ("deadline", "deadlines", Deadline),
    "targets": ("target", "targets", Target),
    "numbers": ("number", "numbers", NumberMention),
}


def _span_getter(key: str, cls: Any) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        stored = span.doc.user_data.get(USER_DATA, {}).get(key)
        if stored is None or not span.id_.isdigit():
            return None
        return cls.from_dict(stored[int(span.id_)])
    return get


def _doc_getter(key: str, cls: Any) -> Callable[[Doc], list[Any]]:
    def get(doc: Doc) -> list[Any]:
        return [cls.from_dict(d) for d in doc.user_data.get(USER_DATA, {}).get(key, [])]
    return get


for _key, (_span_ext, _doc_ext, _cls) in _GROUPS.items():
    if not Span.has_extension(_span_ext):
        Span.set_extension(_span_ext, getter=_span_getter(_key, _cls))
    if not Doc.has_extension(_doc_ext):
        Doc.set_extension(_doc_ext, getter=_doc_getter(_key, _cls))


def _store(doc: Doc, key: str, items: list[Any], label: Callable[[Any], str]) -> None:
    """Keep `items` in the doc's user data and as the span group `key`, index as span id."""
    doc.user_data.setdefault(USER_DATA, {})[key] = [x.to_dict() for x in items]
    spans = []
    for i, x in enumerate(items):
        if x.end > x.start:
            span = doc.char_span(x.start, x.end, label=label(x), alignment_mode="expand", span_id=str(i))
            if span is not None:
                spans.append(span)
    doc.spans[key] = spans


class QuantityRecognizer:
    """Pipeline component: every quantity mention of the doc (`doc.spans["quantities"]`)."""

    def __init__(self, name: str = "govmetrics_quantities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _store(doc, "quantities", extract_quantities(doc.text), lambda q: q.unit or "NUMBER")
        return doc


class DeadlineRecognizer:
    """Pipeline component: the deadlines written in the doc (`doc.spans["deadlines"]`).

    `year` is the document's year, which resolves 年底前 and the like (None: unknown, and those have no date).
    """

    def __init__(self, name: str = "govmetrics_deadlines", *, year: int | None = None) -> None:
        self.name = name
        self.year = year

    def __call__(self, doc: Doc) -> Doc:
        _store(doc, "deadlines", extract_deadlines(doc.text, year=self.year), lambda d: "DEADLINE")
        return doc


class TargetRecognizer:
    """Pipeline component: the targets of the doc and the role of every numeral in it.

    Writes `doc.spans["targets"]` (label: the target's kind) and `doc.spans["numbers"]`
    (label: the numeral's role). Each target carries the deadline of its clause, or the
    doc's only deadline, or the end of `year` marked default.
    """

    def __init__(self, name: str = "govmetrics_targets", *, year: int | None = None) -> None:
        self.name = name
        self.year = year

    def __call__(self, doc: Doc) -> Doc:
        found = analyse(doc.text, year=self.year)
        _store(doc, "targets", list(found.targets), lambda t: t.kind.upper())
        _store(doc, "numbers", list(found.numbers), lambda n: n.role.upper())
        return doc


@Language.factory("govmetrics_quantities", default_config={})
def make_quantities(nlp: Language, name: str) -> QuantityRecognizer:
    """Factory of `QuantityRecognizer`."""
    return QuantityRecognizer(name)


@Language.factory("govmetrics_deadlines", default_config={"year": None})
def make_deadlines(nlp: Language, name: str, year: int | None) -> DeadlineRecognizer:
    """Factory of `DeadlineRecognizer`; `year` resolves relative times."""
    return DeadlineRecognizer(name, year=year)


@Language.factory("govmetrics_targets", default_config={"year": None})
def make_targets(nlp: Language, name: str, year: int | None) -> TargetRecognizer:
    """Factory of `TargetRecognizer`; `year` resolves deadlines and tells years from numbers."""
    return TargetRecognizer(name, year=year)


def add_pipes(nlp: Language, *, year: int | None = None) -> Language:
    """Add the three govmetrics components to `nlp` (any Chinese pipeline) and return it."""
    nlp.add_pipe("govmetrics_quantities")
    nlp.add_pipe("govmetrics_deadlines", config={"year": year})
    nlp.add_pipe("govmetrics_targets", config={"year": year})
    return nlp


@cache
def load(year: int | None = None) -> Language:
    """The govmetrics pipeline: pkuseg Chinese tokenizer, genre dictionary, three components.

    Cached per `year`: the pkuseg model loads once per process (about 2 s, docs/model.md)
    and later pipelines share it. Raises `ModelError` naming `govmetrics model fetch`
    when the model is missing or damaged.
    """
    return add_pipes(blank_nlp(), year=year)

