"""Who answers, named in a heading: leaders (一、钱三雄市长牵头重点工作) and a unit (一、医政科牵头事项);
and the names in a leader list, with their titles dropped (张三 副市长 → 张三).

The titles, verbs, joiners and the words a unit's heading ends with are in
`data/structure.toml` [headings].
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon import compiled
from ..lexicon.labels import SPACE, alternation, data, fold, words
from ..lexicon.roles import clause_verbs
from .numbering import numbered
from .orgs import bracket_groups, split_units

_HAN = "\u4e00-\u9fff"


@cache
def _heading_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    titles = alternation(words("headings", "leader_titles"))
    # A person is a name before a title (钱三雄市长) or after it (常务副县长高建军), or a title
    # alone; names listed before it may share its title (张某、李某某副市长), and names listed
    # after a title and name too (副县长赵某、韦某某协助). A space may stand between title,
    # name and verb (副区长 陈若溪 负责).
    space = "[ \u3000]?"
    name, after = _name_pattern("{2,4}?"), _name_pattern("{2,3}")
    pair = f"(?:{name}{space})?{titles}(?:{space}{after})?"
    joiners = alternation(words("headings", "leader_joiners"))
    shared = alternation(words("headings", "shared_title_joiners"))
    group = f"(?P<who>(?:{name}{shared})*{pair}(?:{joiners}{pair}|{shared}{after})*)"
    # A short bracket may stand between the leaders and the verb: 王某某副市长（分管工业）牵头.
    note = "(?:[(（][^()（）]{0,20}[)）])?"
    return (
        compiled.compile(f"{group}{note}{space}{alternation(words('headings', 'leader_verbs'))}"),
        compiled.compile(f"{group}{note}{space}{alternation(words('headings', 'assist_verbs'))}"),
        compiled.compile(f"(?P<name>{name})?{space}(?P<title>{titles}){space}(?P<after>{after})?"),
    )


@cache
def _fronted_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A leader (an assisting leader) named after the role word, by a title and a name, or names
    sharing one title: 分管副县长 罗振声, 协助：总工程师 丁家骏 (a title alone there names no one)."""
    space, after = "[ \u3000]?", _name_pattern("{2,3}")
    person = f"{alternation(words('headings', 'leader_titles'))}{space}{after}"
    who = f"(?P<who>{person}(?:{alternation(words('headings', 'leader_joiners'))}(?:{person}|{after}))*)"
    colon = f"[{re.escape(''.join(data()['labels']['colons']))}]?"
    lead, assist = (f"(?:{alternation(words('headings', key))}){colon}{space}{who}"
                    for key in ("leader_verbs_before", "assist_verbs_before"))
    return compiled.compile(lead), compiled.compile(assist)


def _name_pattern(count: str) -> str:
    """A person's name: `count` Han characters ({2,4}? before a title, {2,3} after one), or a
    transliterated name, runs of Han characters joined by a middle dot (艾尔肯·吐拉克), no run
    going on into a verb (…负责), each as short as a title after it allows (…木拉提副州长)."""
    dots, part = re.escape(data()["headings"]["name_dots"]), int(data()["headings"]["name_part_length"])
    han = f"(?:(?!{_not_name_re().pattern})[{_HAN}])"
    lazy = "?" if count.endswith("?") else ""
    return f"(?:{han}{{1,{part}}}{lazy}(?:[{dots}]{han}{{1,{part}}}{lazy})+|[{_HAN}]{count})"


@cache
def _not_name_re() -> re.Pattern[str]:
    keys = ("not_names", "leader_verbs", "assist_verbs")
    return compiled.compile(alternation(w for key in keys for w in words("headings", key)))


def is_name(folded: str) -> bool:
    """Whether a run of Han characters can be a person's name (not 分管, 常务, 牵头 …), or
    runs of them joined by a middle dot (艾尔肯·吐拉克)."""
    parts = re.split(f"[{re.escape(data()['headings']['name_dots'])}]", folded)
    longest = 4 if len(parts) == 1 else int(data()["headings"]["name_part_length"])
    return (all(2 - (len(parts) > 1) <= len(p) <= longest and all("\u3400" <= c <= "\u9fff" for c in p) for p in parts)
            and _not_name_re().search(folded) is None and not folded.endswith(words("headings", "leader_titles"))
            and not folded.endswith(words("headings", "not_name_ends")))


def _person_in(text: str, p: re.Match[str]) -> str | None:
    """The name a name-and-title match holds, or None when it holds only a title. A word
    glued before the name is not part of it (由王某某副市长 → 王某某)."""
    for group in ("name", "after"):
        s, e = p.span(group)
        for i in range(s, e - 1) if s >= 0 else ():
            if is_name(p.string[i:e]):
                return text[i:e]
            if group == "after":
                break
    return None


@cache
def _verb_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The leader verbs and the assisting verbs alone: a heading without one names no leader."""
    return (compiled.compile(alternation(words("headings", "leader_verbs"))),
            compiled.compile(alternation(words("headings", "assist_verbs"))))


def _people(text: str, folded: str, pattern: re.Pattern[str], verbs: re.Pattern[str]) -> list[str]:
    if verbs.search(folded) is None:
        return []  # most headings: no verb for a person to stand before, so no pattern to run
    pair = _heading_res()[2]
    out = []
    for m in pattern.finditer(folded):
        s, e = m.span("who")
        persons = list(pair.finditer(folded, s, e))
        # Without a name, the title as written (分管副市长, 常务副市长), unless it is the first title
        # of the titled name after it (镇党委委员、副镇长 韦某).
        named = [_person_in(text, p) for p in persons]
        kept = _without_first_titles([(n or text[p.start():p.end("title")], n is None, n is not None)
                                      for p, n in zip(persons, named)])
        found = [(p.start(), shown) for p, shown in zip(persons, kept) if shown is not None]
        # Names between the titled persons share a title (张某、李某某副市长; 副县长赵某、韦某某).
        bounds = [s] + [x for p in persons for x in p.span()] + [e]
        for a, b in zip(bounds[::2], bounds[1::2]):
            found += [(a + n.start(), text[a + n.start():a + n.end()])
                      for n in re.finditer(f"[{_HAN}]+", folded[a:b]) if is_name(n.group())]
        out.extend(n for _, n in sorted(found) if n not in out)
    return out


def leader_name(item: str) -> str:
    """A listed leader as the spec counts them: by name when a name stands with its title
    (沈国平区长, 副镇长 何晓东, 党委委员 沈涛, 王某某（常务副市长）, 王某同志（副主任） → the name), else as
    written (市长, 市政府相关领导).

    >>> leader_name("常务副县长 高建军"), leader_name("韩梅副区长"), leader_name("分管副县长")
    ('高建军', '韩梅', '分管副县长')
    """
    titles = words("headings", "leader_titles")
    item = _without_title_notes(item, titles)
    folded = fold(item)
    groups = bracket_groups(folded)
    if groups and groups[-1][1] == len(folded) and groups[-1][0] > 0:
        s = groups[-1][0]
        # The name before the bracket may carry a title of its own (冼某同志（办事处副主任）).
        if any(t in folded[s:] for t in titles) and is_name(fold(name := leader_name(item[:s].strip()))):
            return name
    parts = folded.split()
    if len(parts) == 2:
        for name, other in ((1, 0), (0, 1)):
            if is_name(parts[name]) and parts[other].endswith(titles):
                return item.split()[name]
        return item
    p = _heading_res()[2].fullmatch(folded)
    return (_person_in(item, p) if p else None) or item


def _without_title_notes(item: str, titles: tuple[str, ...]) -> str:
    """`item` with a note in brackets right after a title and before the name (副县长（挂职）X,
    副市长（兼）Y) read as a space: the note says how the title is held, the name follows."""
    folded = fold(item)
    for s, e in reversed(bracket_groups(folded)):
        if 0 < s and e < len(folded) and folded[:s].rstrip().endswith(titles):
            item, folded = item[:s] + " " + item[e:], folded[:s] + " " + folded[e:]
    return item


def heading_leaders(title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Leaders and assisting leaders named in a heading, by name (by title when no name).

    >>> heading_leaders("四、施根宝副市长牵头重点工作(许继清副市长协助推进)")
    (('施根宝',), ('许继清',))
    """
    folded = fold(title)
    lead_re, assist_re, _ = _heading_res()
    lead_verbs, assist_verbs = _verb_res()
    lead_before, assist_before = _fronted_res()
    leaders = _people(title, folded, lead_re, lead_verbs) or _people(title, folded, lead_before, lead_before)
    assisting = _people(title, folded, assist_re, assist_verbs) or _people(title, folded, assist_before, assist_before)
    return tuple(leaders), tuple(assisting)


def is_person(item: str) -> bool:
    """Whether a listed item names a person: a name, with or without a title (李四 副市长, 黄一帆)."""
    return leader_name(item) != item or is_name(fold(item).strip())


def _title_only(item: str) -> bool:
    """Whether a listed item is a title with no name in it (镇党委副书记, 副市长)."""
    return leader_name(item) == item and fold(item).strip().endswith(words("headings", "leader_titles"))


def _spaced_names(item: str) -> list[str]:
    """Names a list separates by spaces alone (layouts §1: 钱某某　周某某 on one line), else the item."""
    parts = item.split()
    if len(parts) > 1 and all(is_name(fold(p)) for p in parts):
        return parts
    return [item]


def leader_names(values: list[str]) -> tuple[str, ...]:
    """The leaders of written leader lists, by name (`leader_name`), in order, once each.

    A title alone right before a titled name is that person's first title, not a leader
    of its own (layouts §1, a title before the name: 镇党委副书记、镇长 何明 → 何明); titles
    with no name at all are kept (市长、副市长).

    >>> leader_names(["镇党委副书记、镇长 何明", "市长、副市长", "林一舟　高远"])
    ('何明', '市长', '副市长', '林一舟', '高远')
    """
    out: list[str] = []
    for value in values:
        for name in _named(value):
            if name not in out:
                out.append(name)
    return tuple(out)


@lru_cache(maxsize=4096)  # a heading's leaders are read again for every task under it
def _named(value: str) -> tuple[str, ...]:
    """The leaders of one written list, in order, a title alone before a titled name left out."""
    items = [part for item in split_units(value).names for part in _spaced_names(item)]
    names = [leader_name(item) for item in items]
    kept = _without_first_titles([(name, _title_only(item), name != item) for item, name in zip(items, names)])
    return tuple(name for name in kept if name is not None)


def _without_first_titles(people: list[tuple[str, bool, bool]]) -> list[str | None]:
    """Each listed person (shown, a title alone?, a titled name?) as shown, or None for a title
    alone in a run of them right before a titled name: that person's first titles (镇党委副书记、
    镇长 何明; 市委常委、市纪委书记、市监委主任 X)."""
    out: list[str | None] = []
    for k, (shown, alone, _) in enumerate(people):
        after = next((p for p in people[k + 1:] if not p[1]), None)
        out.append(None if alone and after is not None and after[2] else shown)
    return out


def heading_units(heading: str, *, units_lead: bool = False) -> dict[str, list[str]]:
    """The unit a heading names as answering for the tasks under it, by its role word
    (一、医政科牵头事项 → lead_units 医政科; 二、县住建局负责的重点工作): names of units only. A
    numbered heading that is names of units alone, a count of its tasks after them or not
    (一、县发展和改革局（3项）: a list grouped by unit), gives them as responsible, or as the lead
    where the document says so (`units_lead`, `orgs.states_lead_rule(text, "heading")`)."""
    folded = fold(heading)
    label = numbered(folded)
    at = label[1].end() if label else 0
    m = _heading_units_re().match(folded, at)
    if m is None:
        alone = _unit_heading_re().fullmatch(folded, at) if label else None
        names = split_units(heading[at:alone.end("units")]).names if alone else []
        if not names or not all(_named_unit(fold(n)) for n in names):
            return {}
        return {"lead_units" if units_lead else "responsible_units": [heading[at:alone.end("units")]]}
    value = heading[m.start("units"):m.end("units")]
    ends = tuple(data()["units"]["name_ends"])
    if not all(fold(name).endswith(ends) for name in split_units(value).names):
        return {}
    return {dict(clause_verbs())[m.group("verb")]: [value]}


def _named_unit(folded: str) -> bool:
    """Whether a name in a heading of units alone is a unit's: an office's ending, its level word
    near its start, no quote ([units] level_words, level_window)."""
    table = data()["units"]
    head = folded[:table["level_window"]]
    return (len(folded) >= 3 and folded.endswith(tuple(table["office_ends"]))
            and any(w in head for w in table["level_words"]) and not any(q in folded for q in table["not_in_names"]))


@cache
def _unit_heading_re() -> re.Pattern[str]:
    """A heading's text that is names of units and at most a count of its tasks: 县商务局（2项）."""
    rule = data()["lead_rule"]
    counts, before = alternation(rule["heading_count"]), alternation(rule["heading_count_before"])
    digits = re.escape(data()["numbering"]["arabic"] + data()["numbering"]["chinese"])
    return compiled.compile(f"(?P<units>[^()（）,，。：:；;]{{3,60}}?)[{SPACE}]*"
                            f"(?:[(（](?:{before})?[{digits}]+(?:{counts})[)）])?[{SPACE}]*")


@cache
def _heading_units_re() -> re.Pattern[str]:
    verbs = alternation(v for v, _ in clause_verbs())
    objects = alternation(words("headings", "unit_heading_objects"))
    return compiled.compile(f"(?P<units>[^()（）,，。：:]{{2,40}}?)(?P<verb>{verbs})的?{objects}")
