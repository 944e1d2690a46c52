"""The unit lexicon (data/units.toml) and its link to quantulum3.

Every measure word and unit is data with a quantulum3 unit name and entity (its
dimension). Chinese-only units (亩, 斤, 吨标煤, the measure words of counted things) are
registered as quantulum3 custom units on first use of quantulum3, so `quantulum3_unit`
answers for every word of the table. Latin-script units inside Chinese text (27μg/m³,
5000 kW, 3.5 km) are read by quantulum3's own parser (`read_latin`); that import is lazy,
so the common path never pays for it, and what it reads is kept per machine.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ..lexicon import compiled, table
from ..lexicon.diskcache import remember
from ..lexicon.wordsets import alternation

# quantulum3 entities that govmetrics adds (measure words of things counted, per-capita rates).
CUSTOM_ENTITIES = {"count": "Counting", "rate": "Rate_(mathematics)", "computing": "FLOPS"}


class Unit(NamedTuple):
    """One unit of the table: the word as written, its quantulum3 name and entity."""

    word: str
    name: str
    dimension: str
    custom: bool = False


@cache
def units() -> dict[str, Unit]:
    """Every unit of data/units.toml by its written word."""
    rows: dict[str, Any] = table("units")["units"]
    return {w: Unit(w, r["name"], r["dimension"], bool(r.get("custom"))) for w, r in rows.items()}


@cache
def signs() -> dict[str, str]:
    """Signs that stand for a unit, as written (％, 个百分点) → the unit word (%, 百分点)."""
    return dict(table("units")["signs"])


@cache
def prefixes() -> dict[str, str]:
    """Words written before the number that give its unit (百分之 → %)."""
    return dict(table("units")["prefixes"])


@cache
def roman_numerals() -> dict[str, int]:
    """Roman numeral characters (Ⅱ) and their values."""
    return dict(table("units")["roman"])


@cache
def unit_pattern() -> str:
    """Regex text for one unit word or sign, longest first."""
    return alternation(list(units()) + list(signs()))


@cache
def spaced_pattern() -> str:
    """Regex text for the one space or tab allowed between a number and its unit: not before a
    time word that begins with a unit character ([spaced]: 4.1 年底前 is a list number and a
    deadline)."""
    return f"[ \\t](?!{alternation(table('units')['spaced']['not_words'])})"


@cache
def alternative_pattern() -> str:
    """Regex text for a measure word offered as an alternative in brackets: (个)."""
    alt = table("units")["alternative"]
    opening = "[" + "".join(re.escape(c) for c in alt["open"]) + "]"
    closing = "[" + "".join(re.escape(c) for c in alt["close"]) + "]"
    return opening + unit_pattern() + closing


@cache
def _event_units() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    t = table("units")["event_units"]
    comparing = tuple(sorted(table("targets")["comparators"]["leading"], key=len, reverse=True))
    return frozenset(t["units"]), tuple(t["events"]), frozenset(t["ends"]), comparing


def event_units() -> frozenset[str]:
    """The measure words that count events only in their context (期, 轮: [event_units])."""
    return _event_units()[0]


def counts_events(word: str, text: str, start: int, end: int, trailing: bool) -> bool:
    """Whether the unit `word` written right after a number at text[start:] and ending at `end`
    is a unit there: always, but for the measure words of [event_units] (期, 轮), which count
    only after a word for an event (a comparison word between: 培训不少于20期) and at the
    item's end or before a comparator (`trailing`)."""
    units, events, ends, comparing = _event_units()
    if word not in units:
        return True
    before = text[:start]
    compared = next((c for c in comparing if before.endswith(c)), "")
    return (before[:len(before) - len(compared)].endswith(events)
            and (trailing or end == len(text) or text[end] in ends))


def per_marker() -> str:
    """The word that writes a denominator before the number (每立方米35微克)."""
    return str(table("units")["per"]["marker"])


def denominator_magnitudes() -> str:
    """Regex text for the magnitude a denominator may start with (千 of /千人, 每千人)."""
    return "[" + "".join(re.escape(c) for c in table("units")["per"]["denominator_magnitudes"]) + "]"


@cache
def denominator_pattern() -> str:
    """Regex text for a denominator written after a unit: /人, ／日, /千人 (no group)."""
    per = table("units")["per"]
    slash = "[" + "".join(re.escape(c) for c in per["slash"]) + "]"
    return f"{slash}{denominator_magnitudes()}?(?:{unit_pattern()})"


def rate(numerator: str, denominator: str) -> tuple[str, str]:
    """The unit written 元/人 (or 吨/日, 份/千人) and its name, from a unit and a denominator
    as written after it (a magnitude may begin the denominator)."""
    num = lookup(numerator)
    den = lookup(denominator.lstrip("".join(table("units")["per"]["denominator_magnitudes"])))
    name = f"{num.name if num else numerator} per {den.name if den else denominator}"
    return compound(numerator, denominator), name


def lookup(word: str | None) -> Unit | None:
    """The table entry of a unit word or sign (None for None or an unknown word)."""
    if word is None:
        return None
    return units().get(signs().get(word, word))


def canonical(word: str) -> str:
    """A unit word or sign as the spec writes it (％ → %, 个百分点 → 百分点)."""
    return signs().get(word, word)


def compound(numerator: str, denominator: str) -> str:
    """The unit 微克/立方米 for 每立方米 … 微克."""
    return f"{numerator}/{denominator}"


@cache
def register_quantulum3() -> Any:
    """Register govmetrics' custom entities and units with quantulum3; return its `load` module.

    Runs once per process. Units that share a quantulum3 name (人, 名, 位 → person) become
    one custom unit with several surfaces.
    """
    from quantulum3 import load  # heavy: imported only when quantulum3 is needed

    for name, uri in CUSTOM_ENTITIES.items():
        load.add_custom_entity(name, dimensions=[], URI=uri)
    surfaces: dict[str, list[Unit]] = {}
    for unit in units().values():
        if unit.custom:
            surfaces.setdefault(unit.name, []).append(unit)
    for name, group in surfaces.items():
        load.add_custom_unit(
            name, surfaces=[u.word for u in group], entity=group[0].dimension,
            URI=name.replace(" ", "_"), dimensions=[],
        )
    return load


def quantulum3_unit(word: str) -> Any:
    """The quantulum3 `Unit` object for a unit word of the table (custom units registered)."""
    unit = lookup(word)
    if unit is None:
        raise KeyError(f"unit {word!r} is not in data/units.toml")
    load = register_quantulum3()
    return load.units("en_US").names[unit.name]


class LatinUnit(NamedTuple):
    """A Latin-script unit read by quantulum3: how many characters it takes, and what it is."""

    length: int
    surface: str
    name: str
    dimension: str


# A Latin-script unit token: letters, micro signs, superscripts and one slash-denominator.
_LATIN = compiled.compile(r" ?[A-Za-zµμ°][A-Za-zµμ°²³]*(?:/[A-Za-zµμ°][A-Za-zµμ°²³0-9]*)?")


def read_latin(text: str, pos: int) -> LatinUnit | None:
    """The Latin-script unit at `text[pos:]` (after a number), read by quantulum3, or None.

    A lone capital letter (5G, 3A) is a name or a grade, never a unit. A unit quantulum3
    cannot place (entity unknown) is kept only when its name is in the table.
    """
    m = _LATIN.match(text, pos)
    if m is None:
        return None
    token = m.group()
    stripped = token.strip()
    if len(stripped) == 1 and stripped.isupper():
        return None
    if pos + len(token) < len(text) and text[pos + len(token)].isascii() and text[pos + len(token)].isalnum():
        return None
    found = _read_latin_token(stripped)
    if found is None:
        return None
    name, dimension = found
    return LatinUnit(len(token), token, name, dimension)


@lru_cache(maxsize=1024)
def _read_latin_token(token: str) -> tuple[str, str] | None:
    # quantulum3 knows the micro sign (U+00B5), not the Greek letter mu often typed for it.
    probe = "1 " + unicodedata.normalize("NFKC", token).replace("μ", "µ")
    # quantulum3's first parse in a process takes seconds (its English plurals come from
    # inflect, whose type checks are compiled when it is imported), so what it says of a
    # token is kept per machine: a process pays for quantulum3 only at a token no earlier
    # process met. The key names what the answer depends on: quantulum3 and our units.
    said = remember("quantulum3", f"{_quantulum3_key()}|{probe}", lambda: _ask_quantulum3(probe))
    if said is None:
        return None
    name, entity, listed = said
    known = {u.name: u for u in units().values()}
    if name in known:
        return name, known[name].dimension
    if entity in ("unknown", "dimensionless") or not listed:
        return None
    return name, entity


@cache
def _quantulum3_key() -> str:
    from importlib.metadata import version

    custom = sorted((u.word, u.name, u.dimension) for u in units().values() if u.custom)
    return f"{version('quantulum3')}|{sorted(CUSTOM_ENTITIES.items())}|{custom}"


def _ask_quantulum3(probe: str) -> tuple[str, str, bool] | None:
    """The unit quantulum3 reads in `probe` when it reads the whole of it as one quantity:
    its name, its entity, and whether the name is one of quantulum3's (or our) units."""
    load = register_quantulum3()
    with warnings.catch_warnings():
        # quantulum3 warns that its optional classifier is absent; the lexicon parser is enough here.
        warnings.simplefilter("ignore", UserWarning)
        from quantulum3 import parser

    parsed = parser.parse(probe)
    if len(parsed) != 1 or parsed[0].span != (0, len(probe)):
        return None
    unit = parsed[0].unit
    return unit.name, unit.entity.name, unit.name in load.units("en_US").names
