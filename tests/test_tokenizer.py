"""govmetrics.nlp.tokenizer: the pkuseg-segmented spaCy Language on real sentences from the corpora.

Token boundaries around numbers and units follow the convention of the PKU corpus
pkuseg was trained on: a number with its magnitude (48.5万) or percent sign (7.2%) is one
token and the unit or measure word after it is the next. The user dictionary must make
the genre's terms single tokens where pkuseg alone cuts them wrongly.
"""

from __future__ import annotations

import re

import pytest
from conftest import corpus_text
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language
from spacy.tokens import Doc, Span

from govmetrics import lexicon
from govmetrics.nlp import segmentation
from govmetrics.nlp.tokenizer import blank_nlp, load_tokenizer, user_dict_words

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not segmentation.check().complete, reason="needs the model: run `govmetrics model fetch`"),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_tokenizer()


@pytest.fixture(scope="module")
def plain() -> Language:
    """The same model without the user dictionary."""
    return blank_nlp(user_dict=False)


def line_with(doc_id: str, context: str) -> tuple[str, int]:
    """The corpus line holding `context` (first occurrence) and the offset of `context` in it."""
    text = corpus_text(doc_id)
    at = text.index(context)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return line, at - start


def tokens_over(doc: Doc, start: int, end: int) -> list[str]:
    """The texts of the tokens that cover characters start..end (tokens cut by the edges included)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None
    return [t.text for t in span]


def show(doc: Doc | Span) -> str:
    return " | ".join(t.text for t in doc)


def segmenter_of(nlp: Language) -> object:
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, ChineseTokenizer)
    return tokenizer.pkuseg_seg


def test_the_issue_example_from_quzhou(nlp: Language) -> None:
    line, at = line_with("quzhou-2021", "新增二级以上幼儿园25所、学位6750个")
    doc = nlp(line)
    assert tokens_over(doc, at, at + len("新增二级以上幼儿园25所、学位6750个")) == [
        "新增", "二级", "以上", "幼儿园", "25", "所", "、", "学位", "6750", "个",
    ]


@pytest.mark.parametrize(
    "doc_id, context, quantity, expected",
    [
        ("cixi-2021", "蔬菜播种面积48.5万亩", "48.5万亩", ["48.5万", "亩"]),
        ("cixi-2021", "新增发明专利300件", "300件", ["300", "件"]),
        ("cixi-2021", "规上工业增加值增长7.2%", "7.2%", ["7.2%"]),
        ("huzhou-2019", "城镇污水配套管网150公里", "150公里", ["150", "公里"]),
        ("huzhou-2019", "保障性住房8000套", "8000套", ["8000", "套"]),
        ("jinhua-2018", "科技投资基金10亿元", "10亿元", ["10亿", "元"]),
        ("jinhua-2018", "产业发展空间2万亩", "2万亩", ["2万", "亩"]),
        ("xuchang-2020", "新建高标准农田21万亩", "21万亩", ["21万", "亩"]),
        ("quzhou-2021", "近视率1个百分点以上", "1个百分点", ["1", "个百分点"]),
        ("quzhou-2021", "社区助餐点40个", "40个", ["40", "个"]),
    ],
)
def test_a_number_and_its_unit_are_separate_whole_tokens(
    nlp: Language, doc_id: str, context: str, quantity: str, expected: list[str]
) -> None:
    line, at = line_with(doc_id, context)
    start = at + context.index(quantity)
    doc = nlp(line)
    assert tokens_over(doc, start, start + len(quantity)) == expected, show(doc)


def _quantity_re() -> re.Pattern[str]:
    """An Arabic number (ordinal 第 and magnitude allowed) followed by a unit of data/units.toml."""
    table = lexicon.table("units")
    units = sorted({*table["units"], *table["signs"]}, key=len, reverse=True)
    return re.compile(r"第?\d+(?:\.\d+)?(?:万亿|万|亿|千|百)?(?:" + "|".join(map(re.escape, units)) + ")")


def test_quantities_never_start_inside_a_token_nor_run_past_their_unit(nlp: Language, corpus_id: str) -> None:
    text = corpus_text(corpus_id)
    doc = nlp(text)
    bad = []
    for m in _quantity_re().finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.start_char != m.start() or span[0].idx + len(span[0]) > m.end():
            bad.append(f"{m.group()}: {show(doc[span.start - 2:span.end + 1]) if span else '?'}")
    assert not bad


def test_tokens_cover_the_original_text_exactly(nlp: Language, corpus_id: str) -> None:
    text = corpus_text(corpus_id)
    doc = nlp(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)


@pytest.mark.parametrize(
    "doc_id, context, term",
    [
        ("quzhou-2021", "牵头市领导", "牵头市领导"),
        ("quzhou-2021", "单位:市民政局、市卫健委", "民政局"),
        ("quzhou-2021", "单位:市民政局、市卫健委", "卫健委"),
        ("quzhou-2021", "市委宣传部、市营商办", "营商办"),
        ("quzhou-2021", "市委宣传部、市文旅局", "文旅局"),
        ("xuchang-2020", "许昌银保监分局", "银保监分局"),
        ("huzhou-2019", "绿色工厂占规上工业企业", "规上"),
        ("quzhou-2021", "新建高标准农田3.13万亩", "高标准农田"),
        ("quzhou-2021", "近视率1个百分点以上", "个百分点"),
        ("quzhou-2021", "社区助餐点40个", "助餐点"),
        ("cixi-2021", "创建省放心市场", "创建"),
        ("cixi-2021", "实施新一轮镇级财政体制", "新一轮"),
        ("cixi-2021", "高质量共建宁波大都市副城", "高质量"),
    ],
)
def test_the_user_dictionary_fixes_real_mis_segmentations(
    nlp: Language, plain: Language, doc_id: str, context: str, term: str
) -> None:
    line, at = line_with(doc_id, context)
    start = at + context.index(term)
    end = start + len(term)
    without, with_dict = plain(line), nlp(line)
    assert tokens_over(without, start, end) != [term], f"pkuseg alone already gets it: {show(without)}"
    assert tokens_over(with_dict, start, end) == [term], f"without: {show(without)}\nwith:    {show(with_dict)}"


def test_the_user_dictionary_holds_only_whole_multi_character_terms() -> None:
    words = user_dict_words()
    assert len(words) == len(set(words)), "duplicate terms"
    # pkuseg cuts a dictionary term out wherever it occurs, so one character (处, 个)
    # would split every word containing it.
    assert [w for w in words if len(w) < 2 or re.search(r"\s", w)] == []


def test_the_segmenter_is_loaded_once_and_shared(nlp: Language) -> None:
    assert load_tokenizer() is nlp
    other = blank_nlp()
    assert other is not nlp and segmenter_of(other) is segmenter_of(nlp)


def test_initialize_rebuilds_the_same_tokenizer_from_the_config() -> None:
    fresh = blank_nlp()
    fresh.initialize()
    line, _ = line_with("quzhou-2021", "牵头市领导")
    assert segmenter_of(fresh) is not segmenter_of(load_tokenizer())
    assert [t.text for t in fresh(line)] == [t.text for t in load_tokenizer()(line)]


def test_pipe_with_two_processes_gives_the_same_tokens(nlp: Language) -> None:
    lines = [line for line in corpus_text("cixi-2021").splitlines() if line.strip()]
    alone = [[t.text for t in doc] for doc in nlp.pipe(lines)]
    assert [[t.text for t in doc] for doc in nlp.pipe(lines, n_process=2, batch_size=20)] == alone
