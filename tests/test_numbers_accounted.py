"""Every number accounted for: each numeral of a task's text has exactly one role and a reason,
and a number is a target exactly when its role is ``target``.

Checked on every corpus document (through `govmetrics.read`, the whole path) and on
generated text (hypothesis, through `roles.analyse`, the one place the roles are decided).
What counts as a numeral character is defined here, independently of the extractor.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

import pytest
from conftest import CORPORA
from hypothesis import given
from hypothesis import strategies as st

import govmetrics
from govmetrics import Document
from govmetrics.extract.roles import analyse
from govmetrics.lexicon import table
from govmetrics.model import ROLES, NumberMention, Target

# Arabic digits (full-width too), Chinese numerals and their financial (大写) forms.
NUMERAL_CHAR = re.compile("[0-9０-９〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]")
FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰仟"


@cache
def corpus_document(doc_id: str) -> Document:
    """A corpus document read the whole way (shared with tests/test_audit.py)."""
    return govmetrics.read(CORPORA / f"{doc_id}.txt")


@cache
def _words_not_numbers() -> tuple[str, ...]:
    """Words the data declares hold numeral characters but are no numerals (统一, 一批, 百姓), and
    the unit words written before a number (百分之), whose 百 is no numeral of its own."""
    return (*table("nontargets")["not_numbers"]["words"], *table("units")["prefixes"])


def unaccounted(text: str, numbers: list[NumberMention]) -> list[tuple[int, str]]:
    """Numeral characters of `text` outside every number's span and every word that is no number."""
    covered = bytearray(len(text))
    for n in numbers:
        covered[n.start:n.end] = b"\x01" * (n.end - n.start)
    for word in _words_not_numbers():
        at = text.find(word)
        while at >= 0:
            covered[at:at + len(word)] = b"\x01" * len(word)
            at = text.find(word, at + 1)
    return [(m.start(), m.group()) for m in NUMERAL_CHAR.finditer(text)
            if not covered[m.start()] and not _lone_financial(text, m.start())]


def _lone_financial(text: str, i: int) -> bool:
    """A financial form with no numeral character beside it is a word's (队伍, 陆港), no numeral."""
    return (text[i] in FINANCIAL and not (i and NUMERAL_CHAR.match(text[i - 1]))
            and not (i + 1 < len(text) and NUMERAL_CHAR.match(text[i + 1])))


def check_numbers(text: str, numbers: list[NumberMention], targets: list[Target], *, offset: int = 0) -> None:
    """The audit's invariants for one text; mentions and targets carry offsets `offset` into it."""
    spans = sorted((n.start - offset, n.end - offset) for n in numbers)
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start, f"two numbers overlap in {text!r}: {spans}"
    for n in numbers:
        assert text[n.start - offset:n.end - offset] == n.surface
        assert n.role in ROLES and n.reason.strip(), n
    as_targets = {(n.start, n.end) for n in numbers if n.role == "target"}
    assert as_targets == {(t.quantity.start, t.quantity.end) for t in targets}, text
    missing = unaccounted(text, [n.shifted(-offset) for n in numbers])
    assert not missing, f"numerals with no role: {missing} in {text!r}"


def test_every_numeral_of_every_task_has_one_role(corpus_id: str) -> None:
    doc = corpus_document(corpus_id)
    assert sum(len(t.numbers) for t in doc.tasks) > 50
    for task in doc.tasks:
        check_numbers(task.text, list(task.numbers), list(task.targets), offset=task.start)


def test_role_target_is_exactly_the_extracted_targets(corpus_id: str) -> None:
    doc = corpus_document(corpus_id)
    for task in doc.tasks:
        by_span = {(n.start, n.end): n for n in task.numbers}
        for t in task.targets:
            n = by_span[(t.quantity.start, t.quantity.end)]
            assert (n.role, n.surface, n.value) == ("target", t.quantity.surface, t.quantity.value)


# (text, numeral, role): one case per rule that places a numeral no target rule took.
PLACED = [
    ("推进亿元以上项目建设", "亿", "condition"),            # a bare magnitude and unit with 以上
    ("力争税收超千万元楼宇达到50幢以上", "千万", "condition"),  # … with 超 before it
    ("每万人发明专利拥有量达到30件", "万", "name_or_code"),     # the base of a rate
    ("实现万人发明专利拥有量9件以上", "万", "name_or_code"),
    ("完成三江中路连通", "三", "name_or_code"),              # no measure word before a word
    ("推进安吉两库引水项目", "两", "name_or_code"),
    ("确保零就业家庭动态清零", "零", "name_or_code"),
    ("全面消除四、五类桥梁", "四", "grade"),                  # shares the marker of the next numeral
    ("努力打造千亿级产业", "千亿", "grade"),
    ("审批监管平台2.0实现全覆盖", "2.0", "ordinal"),          # a version
    ("构建农村一二三产业融合发展体系", "一二三", "ordinal"),     # digits counted in order
    ("培育科技人才、经营管理人才和高技能人才三支队伍", "三支", "list_count"),  # counts the items listed
    ("实施十大行动", "十", "programme_name"),
]


@pytest.mark.parametrize("text,numeral,role", PLACED)
def test_rules_that_place_numerals(text: str, numeral: str, role: str) -> None:
    found = analyse(text, year=2021)
    mention = next(m for m in found.numbers if m.start == text.index(numeral))
    assert (mention.surface, mention.role) == (numeral, role), mention
    check_numbers(text, list(found.numbers), list(found.targets))


def test_a_ratio_to_reach_is_no_version() -> None:
    """2.0 after a verb and before 以内 is the ratio a target sets, not a version (平台2.0)."""
    found = analyse("城乡居民收入比由2.05缩小到2.0以内", year=2025)
    assert [t.surface for t in found.targets] == ["2.0以内"]


def test_a_count_that_is_not_the_length_of_the_list_is_not_a_list_count() -> None:
    found = analyse("培育科技人才和高技能人才三支队伍", year=2021)
    assert [m.role for m in found.numbers if m.surface == "三支"] != ["list_count"]


@pytest.mark.parametrize("text,piece", [("3十四五", "四五"), ("12百分之十", "12"), ("统一十四五", "十四五")])
def test_numerals_no_quantity_took_get_a_mention_of_their_own(text: str, piece: str) -> None:
    found = analyse(text, year=2021)
    assert piece in [m.surface for m in found.numbers]
    check_numbers(text, list(found.numbers), list(found.targets))


def test_a_numeral_outside_any_number_is_caught() -> None:
    """The oracle itself: a numeral no mention covers is reported, a word that is no number is not."""
    text = "统一推进3个项目"
    assert unaccounted(text, []) == [(4, "3")]
    assert unaccounted(text, [NumberMention("3个", 4, 6, "target", "r")]) == []


NUMERAL_PIECES = ["3", "12", "0.5", "６７", "2021", "一", "两", "十", "三百", "六千七百五十", "壹佰", "〇", "零",
                  "万", "亿", "千万", "1.5万", "百分之十", "1至2", "10—15", "十四五", "一二三"]
WORD_PIECES = ["个", "%", "亿元", "万亩", "个百分点", "以上", "以下", "年", "月", "底前", "级", "第", "期", "大",
               "新增", "确保", "力争", "达到", "增长", "控制在", "项目", "企业", "统一", "一批", "进一步",
               "“", "”", "、", "，", ",", "。", "；", "\n", "(", ")", "PM", "G", "A级", "方面", "每", "的"]


@given(st.lists(st.sampled_from(NUMERAL_PIECES + WORD_PIECES) | st.text(max_size=3), max_size=40).map("".join))
def test_generated_text_has_every_numeral_accounted_for(text: str) -> None:
    found = analyse(text, year=2021)
    check_numbers(text, list(found.numbers), list(found.targets))


@pytest.mark.parametrize("text,numbers", [
    ("加强干部队伍建设", []),
    ("建设内陆港", []),
    ("安排资金伍佰万元", ["伍佰万元"]),
])
def test_a_lone_financial_character_is_no_number(text: str, numbers: list[str]) -> None:
    found = analyse(text, year=2021).numbers
    assert [n.surface for n in found] == numbers
    check_numbers(text, list(found), list(analyse(text, year=2021).targets))
