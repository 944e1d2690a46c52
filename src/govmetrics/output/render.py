"""HTML views of targets, deadlines and units with displaCy's span style (for Jupyter too).

displaCy draws one span group, so the groups the pipeline wrote are copied into one
group per view, with labels a reader understands, and a legend (which displaCy's span
style does not draw) is put above.
"""

from __future__ import annotations

import html
from typing import Literal

from spacy import displacy
from spacy.displacy.templates import TPL_SPAN_SLICE, TPL_SPAN_START
from spacy.tokens import Doc, Span

from ..errors import GovmetricsError
from ..model import Document, Task

Style = Literal["targets", "numbers"]
_GLUE = "\u2063"  # INVISIBLE SEPARATOR: not in the documents' text
# displaCy's TPL_SPAN without the line breaks and indentation that show as spaces.
_SPAN_TEMPLATE = ('<span style="font-weight: bold; display: inline-block; position: relative; '
                  'height: {total_height}px;">{text}{span_slices}{span_starts}</span>')

# label → (colour, what it means); the order is the legend's.
LABELS: dict[str, tuple[str, str]] = {
    "TARGET": ("#ffd166", "a numeric target"),
    "UNIT": ("#a0e7e5", "the target's unit"),
    "DEADLINE": ("#b5ead7", "a deadline"),
}
# Every role but target, for style="numbers" (targets keep their colour above).
ROLE_COLOURS = {
    "DEADLINE": "#b5ead7", "TASK_NUMBER": "#dddddd", "NAME_OR_CODE": "#c7ceea", "GRADE": "#e2c2ff",
    "ORDINAL": "#ffdac1", "CONDITION": "#ffb7b2", "PROGRAMME_NAME": "#e0e0e0", "DATE": "#d0f4de",
    "LIST_COUNT": "#f1e3d3", "OTHER": "#ff6f61",
}


def _unit_span(doc: Doc, span: Span) -> Span | None:
    """The characters of the target's unit word (个, 万亩 → 亩, 个百分点), as a span."""
    target = span._.target
    q = target.quantity
    if not target.unit:
        return None
    at = doc.text.find(target.unit, q.number_end, q.end)
    if at < 0:
        return None
    return doc.char_span(at, at + len(target.unit), label="UNIT", alignment_mode="expand")


def _view(doc: Doc, style: Style) -> tuple[list[Span], dict[str, str]]:
    """The spans to draw and their colours."""
    if "targets" not in doc.spans:
        raise GovmetricsError("render: this Doc has no govmetrics spans (run it through govmetrics.load())")
    if style == "numbers":
        spans = [Span(doc, s.start, s.end, label=s.label_) for s in doc.spans["numbers"]]
        return spans, {"TARGET": LABELS["TARGET"][0], **ROLE_COLOURS}
    spans = []
    for s in doc.spans["targets"]:
        spans.append(Span(doc, s.start, s.end, label="TARGET"))
        unit = _unit_span(doc, s)
        if unit is not None:
            spans.append(unit)
    spans += [Span(doc, s.start, s.end, label="DEADLINE") for s in doc.spans.get("deadlines", [])]
    return spans, {label: colour for label, (colour, _) in LABELS.items()}


def _legend(colours: dict[str, str]) -> str:
    items = "".join(
        f'<span style="background:{c};padding:0 0.4em;margin-right:0.6em;border-radius:3px">'
        f"{html.escape(LABELS.get(label, (c, label.lower().replace('_', ' ')))[1])}</span>"
        for label, c in colours.items()
    )
    return f'<div class="govmetrics-legend" style="font-size:0.85em;margin:0.5em 0">{items}</div>'


def render_doc(doc: Doc, *, style: Style = "targets", title: str | None = None) -> str:
    """One spaCy `Doc` (a task's tokens) as displaCy span-style HTML, without the legend."""
    spans, colours = _view(doc, style)
    parsed = {
        "text": doc.text,
        # displaCy writes a space after every token, which splits Chinese words: each
        # token carries a marker that takes that space away again below.
        "tokens": [t.text + _GLUE for t in doc],
        "spans": [{"start_token": s.start, "end_token": s.end, "label": s.label_, "kb_id": "", "kb_url": "#"}
                  for s in spans],
        "title": title,
    }
    out = displacy.render(parsed, style="span", manual=True,
                          options={"colors": colours, "template": {"span": _SPAN_TEMPLATE, "slice": TPL_SPAN_SLICE,
                                                                  "start": TPL_SPAN_START}})
    return out.replace(_GLUE + " ", "").replace(_GLUE, "")


def render(what: Document | Task | Doc, *, style: Style = "targets", jupyter: bool = False) -> str:
    """HTML of a document, task or pipeline `Doc` with its targets highlighted, with a legend.

    `style="targets"` marks targets, their units and deadlines; `style="numbers"` marks
    every numeral with its role (target, grade, date, …). With `jupyter=True` the HTML is
    also displayed in the notebook.
    """
    if style not in ("targets", "numbers"):
        raise GovmetricsError(f"render: unknown style {style!r} (use 'targets' or 'numbers')")
    if isinstance(what, Doc):
        docs = [(None, what)]
    else:
        tasks = what.tasks if isinstance(what, Document) else (what,)
        docs = []
        for task in tasks:
            if task.tokens is None:
                raise GovmetricsError(f"render: task {task.number} has no tokens "
                                      f"(read the document with govmetrics.read or parse_document)")
            docs.append((f"{task.number} {task.section_title}".strip(), task.tokens))
    colours = _view(docs[0][1], style)[1] if docs else {k: c for k, (c, _) in LABELS.items()}
    parts = [_legend(colours)] + [render_doc(doc, style=style, title=title) for title, doc in docs]
    out = "\n".join(parts)
    if jupyter:
        from IPython.display import HTML, display  # only present inside Jupyter

        display(HTML(out))
    return out
