"""Who answers for a task, as written: the grammar of responsibility labels and role words.

Documents name the fields of who answers in many ways (牵头单位, 主责部门, 责任主体,
责任科室, 承办单位, 协同单位, 分管市领导, 联系领导 …). Rather than a list of labels, a
label is a role word and a head (`data/structure.toml` [roles]): the role says the
field with a unit head (牵头 → lead_units, 责任 → responsible_units, 协办 →
cooperating_units) and with a leader head (分管 → leaders, 协助 → assisting_leaders),
with exceptions as data (责任主体 leads). The same vocabulary reads label lines, labels
inside brackets, table headers (`columns`) and the role words that end a unit list in a
bracket (市发改委牵头,市财政局配合), so the four never disagree. Words are folded to
simplified characters (牽頭單位 reads as 牵头单位).
"""

from __future__ import annotations

from functools import cache

from .labels import alternation, data, expand, fold
from .wordsets import alternation as trie

FIELDS = ("leaders", "assisting_leaders", "lead_units", "cooperating_units", "responsible_units")
UNIT_FIELDS = ("lead_units", "cooperating_units", "responsible_units")
LEADER_FIELDS = ("leaders", "assisting_leaders")


def _table() -> dict:
    return data()["roles"]


def _folded(items: list[str]) -> list[str]:
    return [fold(w) for w in expand(items)]


@cache
def label_fields() -> dict[str, str]:
    """Every responsibility label (folded) and the field it gives: each role word with each
    head, then the exceptions (a pair read otherwise, a label outside the grammar; the
    pairs under `none` are no label).

    >>> label_fields()["主责部门"], label_fields()["分管县领导"], label_fields()["责任科室"]
    ('lead_units', 'leaders', 'responsible_units')
    """
    table = _table()
    heads = [(h, "units") for h in _folded(table["unit_heads"])] + [(h, "leaders") for h in _folded(table["leader_heads"])]
    out: dict[str, str] = {}
    for role in table["role"]:
        for word in _folded(role["words"]):
            for head, kind in heads:
                if role[kind]:
                    out.setdefault(word + head, role[kind])
    exceptions = table["exceptions"]
    for field in FIELDS:
        out.update((w, field) for w in _folded(exceptions.get(field, [])))
    for word in _folded(exceptions.get("none", [])):
        out.pop(word, None)
    return out


@cache
def heads() -> dict[str, str]:
    """Every head of a label (folded) and its kind: "units" (单位, 科室) or "leaders" (领导, 县领导)."""
    table = _table()
    out = {h: "leaders" for h in _folded(table["leader_heads"])}
    out.update((h, "units") for h in _folded(table["unit_heads"]))
    return out


def shaped_label() -> str:
    """The regex text of a label read by its shape when its words are new: a role word with a
    word of one or two characters after it (牵头落实单位, 协同推进单位, 挂帅区领导), or after
    another role word or a modifier (责任牵头部门, 分管负责同志, 主要承办科室), then a head;
    groups `role` (all before the head) and `head`. A role word right before the head is a
    label of the word list (`label_fields`), where its exceptions hold. The same for label
    lines and table headers (`shaped_field` gives the field)."""
    han = "[\\u4e00-\\u9fff]"
    role, head = trie(role_words()), alternation(heads())
    before = alternation([*role_words(), *_folded(_table()["label_modifiers"])])
    return f"(?P<role>{before}{role}{han}{{0,2}}?|{role}{han}{{1,2}}?)(?P<head>{head})"


def shaped_field(role: str, head: str) -> str | None:
    """The field of a label shaped as `role` (the text before the head, holding one role word
    or more) and `head`; None where the pair is no label. Of two role words, the one whose role
    `yields` (责任, 负责) gives way: 责任牵头部门 and 牵头负责单位 lead; else the one nearest the head."""
    kind = heads()[head]
    found = _role_words_in(role)
    firm = [w for w in found if w not in _yielding()]
    return role_words()[(firm or found)[-1]][kind] or None


def _role_words_in(text: str) -> list[str]:
    """The role words of `text`, left to right, each the longest at its place."""
    words = role_words()
    out, at = [], 0
    while at < len(text):
        word = next((text[at:e] for e in range(len(text), at, -1) if text[at:e] in words), None)
        out += [word] if word else []
        at += len(word) if word else 1
    return out


@cache
def role_words() -> dict[str, dict[str, str]]:
    """Every role word (folded) and the field it gives with each kind of head
    ({"units": "lead_units", "leaders": "leaders"} for 牵头); "" where the pair is no label."""
    return {w: {"units": role["units"], "leaders": role["leaders"]}
            for role in _table()["role"] for w in _folded(role["words"])}


@cache
def _yielding() -> frozenset[str]:
    """The role words that give way to another role word in one label (责任, 负责)."""
    return frozenset(w for role in _table()["role"] if role.get("yields") for w in _folded(role["words"]))


@cache
def scopes() -> tuple[str, ...]:
    """What may stand before a label (市级, 区政府: 区政府分管领导), folded, longest first."""
    return tuple(sorted(set(_folded(_table()["scopes"])), key=lambda w: (-len(w), w)))


@cache
def clause_verbs() -> tuple[tuple[str, str], ...]:
    """(role word, field) for the words that end a clause of units inside a bracket
    (市发改委牵头 → lead_units, 市财政局配合 → cooperating_units), longest first."""
    table = _table()
    manners, works = ["", *_folded(table["verb_manners"])], ["", *_folded(table["verb_works"])]
    roles = [role for role in table["role"] if role["units"]]
    pairs = {m + fold(v) + w: role["units"] for role in roles for v in role["verbs"] for m in manners for w in works}
    pairs.update((fold(v), role["units"]) for role in roles for v in role["verbs"])
    return tuple(sorted(pairs.items(), key=lambda p: len(p[0]), reverse=True))


@cache
def _verbs_by_length() -> tuple[dict[str, str], tuple[int, ...], frozenset[str]]:
    verbs = dict(clause_verbs())
    return verbs, tuple(sorted({len(v) for v in verbs}, reverse=True)), frozenset(v[-1] for v in verbs)


def ending_verb(clause: str) -> tuple[str, str] | None:
    """(verb, field) of the longest clause verb that ends a folded `clause` (市财政局密切配合 →
    (密切配合, cooperating_units)), or None: a few look-ups, one for each length of verb (none
    where no verb ends in the clause's last character, as most clauses)."""
    verbs, lengths, last = _verbs_by_length()
    if clause[-1:] not in last:
        return None
    for n in lengths:
        if n <= len(clause) and (field := verbs.get(clause[-n:])):
            return clause[-n:], field
    return None


@cache
def role_marks() -> dict[str, str]:
    """Words that, alone in a bracket after a unit's name, say its role (市发改委(牵头),
    市财政局（配合单位）): the clause verbs and the unit labels, with their fields."""
    marks = {w: f for w, f in label_fields().items() if f in UNIT_FIELDS}
    marks.update(clause_verbs())
    return marks


def written_label(field: str) -> str:
    """The label a reader writes before a table cell of `field` (牵头单位 for lead_units)."""
    return str(_table()["written"][field])
