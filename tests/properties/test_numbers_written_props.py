"""Properties of the forms of issue 14: new spellings round-trip, variants agree, spaces and
line breaks change nothing, approximations keep their base, signs negate, tenths and
per-mille scale exactly; and in running text a broken quantity keeps its value and unit.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from govmetrics.extract.quantities import extract_quantities
from govmetrics.lexicon import table
from govmetrics.numbers import parse, read, to_chinese, to_mixed

integers = st.integers(min_value=0, max_value=10**16 - 1)
spread = st.one_of(integers, st.integers(0, 10**4), st.builds(
    lambda d, k, e: d * 10**k + e, st.integers(1, 9), st.integers(0, 15), st.integers(0, 99)))
decimals = st.decimals(min_value=0, max_value=10**12, places=6, allow_nan=False, allow_infinity=False).map(abs)
small = st.decimals(min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False).map(abs)
SPACES = [" ", "\n", "\t", "\u3000", "  "]
_T = table("numerals")
# Simplified character -> its variants (traditional, colloquial), from the data.
VARIANTS: dict[str, list[str]] = {}
for _variant, _std in {**_T["traditional"], **_T["colloquial"]}.items():
    VARIANTS.setdefault(_std, []).append(_variant)
# 二 may be written 两 before a unit (两万, 两百): spelt here as a variant for the draw.
VARIANTS.setdefault("二", []).append("两")
FINANCIAL = {"一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒", "八": "捌",
             "九": "玖", "十": "拾", "百": "佰", "千": "仟"}


@given(spread)
def test_integers_round_trip_through_the_new_spellings(n: int) -> None:
    for written in (to_chinese(n, financial=True), to_chinese(n, traditional=True),
                    to_chinese(n, financial=True, traditional=True)):
        assert parse(written) == n
    assert parse(to_chinese(-n)) == -n
    assert parse(to_mixed(-n)) == -n


@given(decimals)
def test_decimals_round_trip_through_the_new_spellings(d: Decimal) -> None:
    assert parse(to_chinese(d, traditional=True)) == d
    assert parse(to_chinese(d, financial=True)) == d
    assert parse(to_chinese(-d)) == -d
    assert parse(to_mixed(-d)) == -d


@given(spread, st.data())
def test_traditional_financial_and_simplified_characters_give_equal_values(n: int, data: st.DataObject) -> None:
    written = to_chinese(n)
    respelt = []
    for i, c in enumerate(written):
        options = [c, *VARIANTS.get(c, []), *([FINANCIAL[c]] if c in FINANCIAL else [])]
        if c == "二" and (i + 1 == len(written) or written[i + 1] in "十点"):
            options = [o for o in options if o != "两"]  # 两 is no digit of 二十 or after 点
        if i and written[i - 1] == "点":
            options = [o for o in options if o not in VARIANTS.get("两", []) + ["两"]]
        respelt.append(data.draw(st.sampled_from(options)))
    assert parse("".join(respelt)) == n


def _insert_spaces(written: str, data: st.DataObject) -> str:
    """`written` with spaces or line breaks at some places strictly inside it."""
    cuts = sorted(set(data.draw(st.lists(st.integers(1, max(1, len(written) - 1)), max_size=4))))
    out, last = [], 0
    for cut in cuts:
        if 0 < cut < len(written):
            out += [written[last:cut], data.draw(st.sampled_from(SPACES))]
            last = cut
    return "".join(out) + written[last:]


@given(st.one_of(spread, decimals), st.data())
def test_spaces_and_line_breaks_inside_a_numeral_leave_its_value(n: int | Decimal, data: st.DataObject) -> None:
    for written in (to_chinese(n), to_mixed(n), f"{n}%", "百分之" + to_chinese(n), f"{n}个百分点"):
        assert read(_insert_spaces(written, data)) == read(written)


@given(spread, st.sampled_from(sorted(_T["approximate"]["after"])))
def test_an_approximation_after_a_number_keeps_its_base(n: int, word: str) -> None:
    for written in (to_mixed(n), to_chinese(n)):
        if written[-1] not in "0123456789十百千万亿":
            continue  # after a Chinese numeral only when it ends in a unit (十余, not 五余)
        got = read(written + word)
        assert (got.value, got.approximate, got.comparator) == (parse(written), True, _T["approximate"]["after"][word])


@given(st.integers(1, 9999), st.sampled_from(["万", "亿", "万亿", "千万"]), st.sampled_from(["多", "余"]))
def test_an_approximation_before_the_magnitude_keeps_the_base(k: int, magnitude: str, word: str) -> None:
    got = read(f"{k}{word}{magnitude}")
    assert (got.value, got.comparator) == (parse(f"{k}{magnitude}"), ">")


@given(st.one_of(spread, decimals), st.sampled_from(sorted(_T["approximate"]["before"].items())))
def test_an_approximation_before_a_number_keeps_its_base(n: int | Decimal, word: tuple[str, str]) -> None:
    for written in (to_mixed(n), to_chinese(n), f"{n}%"):
        got = read(word[0] + written)
        assert (got.value, got.approximate, got.comparator) == (read(written).value, True, word[1])


@given(st.one_of(spread, decimals), st.sampled_from(["负", "-", "−", "－"]))
def test_a_minus_sign_negates(n: int | Decimal, sign: str) -> None:
    assume(n != 0)
    for written in (to_mixed(n), to_chinese(n), f"{n}%", f"{n}个百分点"):
        got = read(sign + written)
        assert got.value == -read(written).value
        assert (got.percent, got.points) == (read(written).percent, read(written).points)


@given(small)
def test_tenths_and_per_mille_scale_exactly(d: Decimal) -> None:
    assert read(f"{d}成").value == d * 10 and read(f"{d}成").percent
    assert read(f"{d}‰") == read("千分之" + to_chinese(d)) == read(f"千分之{d}")
    assert read(f"{d}‰").value == d and read(f"{d}‰").permille


@given(st.integers(1, 99_999_999), st.sampled_from(["个", "人", "户", "公里", "亩"]), st.data())
def test_a_broken_quantity_in_a_sentence_keeps_its_value_and_unit(n: int, unit: str, data: st.DataObject) -> None:
    whole = f"新增{to_chinese(n)}{unit}。"
    broken = f"新增{_insert_spaces(to_chinese(n), data).replace(chr(10), ' ').replace(chr(9), ' ')}{unit}。"
    unbroken = extract_quantities(whole)
    assume(len(unbroken) == 1)  # 万一 is a word (五十二万一千): no number there, broken or not
    a = unbroken[0]
    found = extract_quantities(broken)
    assert [(q.value, q.unit) for q in found] == [(a.value, a.unit)]
    assert broken[found[0].start:found[0].end] == found[0].surface


@given(st.integers(1, 9999), st.sampled_from(["万", "亿"]), st.sampled_from(["人", "元", "亩"]),
       st.sampled_from([" ", "\n", " \n "]))
def test_a_line_break_before_the_magnitude_keeps_the_quantity(k: int, magnitude: str, unit: str, gap: str) -> None:
    text = f"完成{k}.5{gap}{magnitude}{unit}，"
    (q,) = extract_quantities(text)
    assert (q.value, q.unit, q.surface) == (parse(f"{k}.5{magnitude}"), unit, f"{k}.5{gap}{magnitude}{unit}")
