"""govmetrics.extract.quantities and govmetrics.extract.units: quantity spans, values, units, comparator words.

Cases are written from spec/targets.md section 2 (value, unit, comparator) and section 3
(what the surface holds); corpus checks run on corpora/.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import CORPUS_IDS, corpus_text

from govmetrics.extract import units
from govmetrics.extract.quantities import extract_quantities, outer_start, unread_numerals

D = Decimal

# (text, surface, value, low, high, unit, comparator)
QUANTITIES = [
    ("新建高标准农田3.13万亩", "3.13万亩", D(31300), None, None, "亩", "="),
    ("到位市外资金1500亿元以上", "1500亿元以上", D(150000000000), None, None, "元", ">="),
    ("建成0.99万套", "0.99万套", D(9900), None, None, "套", "="),
    ("新增屋顶光伏装机16万千瓦", "16万千瓦", D(160000), None, None, "千瓦", "="),
    ("腾出用能空间20万吨标煤", "20万吨标煤", D(200000), None, None, "吨标煤", "="),
    ("新增学位六千七百五十个", "六千七百五十个", D(6750), None, None, "个", "="),
    ("增长百分之十", "百分之十", D(10), None, None, "%", "="),
    ("增长7.2%", "7.2%", D("7.2"), None, None, "%", "="),
    ("增长７．２％", "７．２％", D("7.2"), None, None, "%", "="),
    ("再降0.5个百分点", "0.5个百分点", D("0.5"), None, None, "百分点", "="),
    ("提升2百分点", "2百分点", D(2), None, None, "百分点", "="),
    ("谋划1至2个先导产业", "1至2个", None, D(1), D(2), "个", "="),
    ("增长10—15%", "10—15%", None, D(10), D(15), "%", "="),
    ("增长20%—30%", "20%—30%", None, D(20), D(30), "%", "="),
    ("惠及10-15万人", "10-15万人", None, D(100000), D(150000), "人", "="),
    ("控制在27微克/立方米以下", "27微克/立方米以下", D(27), None, None, "微克/立方米", "<="),
    ("下降至每立方米35微克以内", "35微克以内", D(35), None, None, "微克/立方米", "<="),
    ("干道网密度提升至每平方公里9.5公里", "9.5公里", D("9.5"), None, None, "公里/平方公里", "="),
    ("检测量达到4.5份/千人", "4.5份/千人", D("4.5"), None, None, "份/千人", "="),
    # a base counted in thousands or hundreds written before the number is the same rate
    ("食品抽检每千人5批次", "5批次", D(5), None, None, "批次/千人", "="),
    ("每人每年9000元", "9000元", D(9000), None, None, "元", "="),
    ("创建“美丽河湖”5条(个)", "5条(个)", D(5), None, None, "条", "="),
    ("职业技能培训2.8万人次以上", "2.8万人次以上", D(28000), None, None, "人次", ">="),
    ("实到外资17亿美元", "17亿美元", D(1700000000), None, None, "美元", "="),
    ("总产量11.02亿斤以上", "11.02亿斤以上", D(1102000000), None, None, "斤", ">="),
    ("标准厂房200万平方米", "200万平方米", D(2000000), None, None, "平方米", "="),
    ("增长7%左右", "7%左右", D(7), None, None, "%", "~"),
    ("15分钟内办结", "15分钟内", D(15), None, None, "分钟", "<="),
    ("控制在2%以内", "2%以内", D(2), None, None, "%", "<="),
    ("新增贷款不低于200亿元", "200亿元", D(20000000000), None, None, "元", ">="),
    ("出口超1500亿元", "1500亿元", D(150000000000), None, None, "元", ">"),
    ("最多100天", "100天", D(100), None, None, "天", "<="),
    ("不到30%", "30%", D(30), None, None, "%", "<"),
    ("约500人", "500人", D(500), None, None, "人", "~"),
    ("新增100余家", "100余家", D(100), None, None, "家", ">"),
    ("打通断头路1,500条", "1,500条", D(1500), None, None, "条", "="),
]


# Issue 14: numbers as officials write them, in sentences of my own.
WRITTEN = [
    ("全年完成固定资产投资500多亿元", "500多亿元", D(50_000_000_000), None, None, "元", ">"),
    ("新增就业十余万人", "十余万人", D(100_000), None, None, "人", ">"),
    ("新增城镇就业1.2万余人", "1.2万余人", D(12000), None, None, "人", ">"),
    ("带动农户二十几万户", "二十几万户", D(200_000), None, None, "户", ">"),
    ("培育规上企业百余家", "百余家", D(100), None, None, "家", ">"),
    ("吸纳就业万余人", "万余人", D(10000), None, None, "人", ">"),
    ("营业收入逾100亿元", "100亿元", D(10_000_000_000), None, None, "元", ">"),
    ("贫困发生率不足1%", "1%", D(1), None, None, "%", "<"),
    ("人口自然增长率控制在千分之六以内", "千分之六以内", D(6), None, None, "‰", "<="),
    ("婴儿死亡率降至5‰以下", "5‰以下", D(5), None, None, "‰", "<="),
    ("事故率控制在万分之三以内", "万分之三以内", D("0.0003"), None, None, None, "<="),
    ("普及率达到九成以上", "九成以上", D(90), None, None, "%", ">="),
    ("覆盖率达到三成半", "三成半", D(35), None, None, "%", "="),
    ("农民收入增长二至三成", "二至三成", None, D(20), D(30), "%", "="),  # both ends in tenths
    ("全县接种疫苗32万剂次", "32万剂次", D(320000), None, None, "剂次", "="),  # a drive's doses
    ("日检测能力达到1.5万管以上", "1.5万管以上", D(15000), None, None, "管", ">="),
    ("合格率达到9.5成", "9.5成", D(95), None, None, "%", "="),
    ("出口增长-2.5%左右", "-2.5%左右", D("-2.5"), None, None, "%", "~"),
    ("工业增加值增长负1.5%", "负1.5%", D("-1.5"), None, None, "%", "="),
    ("增速回落−0.8个百分点", "−0.8个百分点", D("-0.8"), None, None, "百分点", "="),
    ("能耗下降百分之负二", "百分之负二", D(-2), None, None, "%", "="),
    ("收入提高六個百分點", "六個百分點", D(6), None, None, "百分点", "="),
    ("新增綠地七十五萬平方米", "七十五萬平方米", D(750_000), None, None, "平方米", "="),
    ("完成投资１１１，１１１万元", "１１１，１１１万元", D(1_111_110_000), None, None, "元", "="),
    ("新增光伏装机100兆瓦", "100兆瓦", D(100), None, None, "兆瓦", "="),
    ("新增新型储能200兆瓦时", "200兆瓦时", D(200), None, None, "兆瓦时", "="),
    ("建成储能电站2.5吉瓦时以上", "2.5吉瓦时以上", D("2.5"), None, None, "吉瓦时", ">="),
    ("智能算力规模达到1500PFlops", "1500PFlops", D(1500), None, None, "PFlops", "="),
    ("总算力突破6EFLOPS", "6EFLOPS", D(6), None, None, "EFLOPS", ">"),
    ("新增学位5万4千6百个", "5万4千6百个", D(54600), None, None, "个", "="),
    ("新增就业一百 五 十 二人", "一百 五 十 二人", D(152), None, None, "人", "="),
    ("新增就业1.5\n万人", "1.5\n万人", D(15000), None, None, "人", "="),
    ("新建绿道12公\n里", "12公\n里", D(12), None, None, "公里", "="),
    ("融资成本下降0.5 个 百分点", "0.5 个 百分点", D("0.5"), None, None, "百分点", "="),
    # a space or a no-break / thin space that groups thousands; a zero-width space from a web page
    ("新建停车位2 600个", "2 600个", D(2600), None, None, "个", "="),
    ("完成改造3个、1 800户", "1 800户", D(1800), None, None, "户", "="),
    # digits an OCR engine set apart one by one, a unit carried to the next line
    ("改造国省道1 2 0 0公里", "1 2 0 0公里", D(1200), None, None, "公里", "="),
    ("新增客运班线1 2条", "1 2条", D(12), None, None, "条", "="),
    ("新建绿道18.5\n公里", "18.5\n公里", D("18.5"), None, None, "公里", "="),
    ("新增学位3\u00a0200个以上", "3\u00a0200个以上", D(3200), None, None, "个", ">="),
    ("安排资金12\u2009500\u2009000元", "12\u2009500\u2009000元", D(12_500_000), None, None, "元", "="),
    ("新增床位4500\u200b张", "4500\u200b张", D(4500), None, None, "张", "="),
    ("培训农民45\u200b00人次", "45\u200b00人次", D(4500), None, None, "人次", "="),
    # converter pinyin between a magnitude and its unit (layouts §11)
    ("新增就業3.2萬(wàn)人", "3.2萬(wàn)人", D(32000), None, None, "人", "="),
    # a fraction of Chinese numerals is a share, a percentage like 九成
    ("覆盖率不低于四分之三", "四分之三", D(75), None, None, "%", ">="),
    ("三分之二以上的村建成文化礼堂", "三分之二以上", D("66.6666666667"), None, None, "%", ">="),
    ("五分之一左右", "五分之一左右", D(20), None, None, "%", "~"),
    # measure words of things counted and of occasions
    ("接种疫苗8万剂", "8万剂", D(80000), None, None, "剂", "="),
    ("放流鱼苗300万尾", "300万尾", D(3_000_000), None, None, "尾", "="),
    ("完成产品抽检2.5万批次", "2.5万批次", D(25000), None, None, "批次", "="),
    ("生猪存栏达到40万头只左右", "40万头只左右", D(400_000), None, None, "头只", "~"),
    ("更新农机具1200台套", "1200台套", D(1200), None, None, "台套", "="),
    ("发放创业贷款3000笔", "3000笔", D(3000), None, None, "笔", "="),
    ("新增公交车次120车次", "120车次", D(120), None, None, "车次", "="),
    ("完成统防统治作业面积80万亩次", "80万亩次", D(800_000), None, None, "亩次", "="),
    ("供暖期居民室温不低于18℃", "18℃", D(18), None, None, "℃", ">="),
    # the Latin symbols of technical departments, as written
    ("集装箱吞吐量达到40万TEU", "40万TEU", D(400_000), None, None, "TEU", "="),
    ("昼间噪声不超过70dB(A)", "70dB(A)", D(70), None, None, "dB(A)", "<="),
    ("全社会用电量控制在48亿kW·h以内", "48亿kW·h以内", D(4_800_000_000), None, None, "kW·h", "<="),
    ("能耗总量控制在1,860万tce以内", "1,860万tce以内", D(18_600_000), None, None, "tce", "<="),
    ("新增变电容量30万kVA", "30万kVA", D(300_000), None, None, "kVA", "="),
]


@pytest.mark.parametrize("text,surface,value,low,high,unit,comparator", QUANTITIES + WRITTEN,
                         ids=[q[0] for q in QUANTITIES + WRITTEN])
def test_quantity(text: str, surface: str, value, low, high, unit: str, comparator: str) -> None:
    found = [q for q in extract_quantities(text) if q.surface == surface]
    assert len(found) == 1, [q.surface for q in extract_quantities(text)]
    q = found[0]
    assert (q.value, q.low, q.high, q.unit, q.comparator) == (value, low, high, unit, comparator)
    assert text[q.start:q.end] == q.surface
    assert q.start <= q.number_start < q.number_end <= q.end


def test_leading_comparator_is_outside_the_surface_but_recorded() -> None:
    text = "新增贷款不低于200亿元"
    (q,) = extract_quantities(text)
    assert q.comparator_words == ("不低于",)
    assert text[outer_start(text, q):q.end] == "不低于200亿元"


def test_a_count_of_doublings_after_fan() -> None:
    """翻一番 / 翻两番: after 翻 the word is a number of doublings, 番 its unit (一番 alone is a
    word: 经过一番努力, below)."""
    assert [(q.surface, q.value, q.unit) for q in extract_quantities("交易额翻一番，总量翻两番")] == [
        ("一番", D(1), "番"), ("两番", D(2), "番")]


def test_magnitude_is_kept_apart_from_the_unit() -> None:
    (q,) = extract_quantities("新增屋顶光伏装机16万千瓦")
    assert (q.magnitude, q.unit, q.unit_name, q.dimension) == ("万", "千瓦", "kilowatt", "power")


@pytest.mark.parametrize("text", ["打造一批智能工厂", "统一出租汽车电话召车服务平台", "进一步优化营商环境",
                                  "推进一体化发展", "加强队伍建设", "百姓健身房", "经过一番努力"])
def test_words_with_numeral_characters_are_not_numbers(text: str) -> None:
    assert extract_quantities(text) == []
    assert unread_numerals(text, []) == []


def test_an_ordinal_batch_is_still_a_numeral() -> None:
    assert [q.surface for q in extract_quantities("加快第一批15个项目建设")] == ["一批", "15个"]


def test_numeral_runs_that_form_no_number_are_reported() -> None:
    text = "“十四五”时期,构建一二三产业融合体系,新增学位25个"
    assert [text[s:e] for s, e in unread_numerals(text, extract_quantities(text))] == ["十四五", "一二三"]


@pytest.mark.parametrize("text,surface,unit,name,dimension", [
    ("PM2.5浓度27μg/m³以下", "27μg/m³以下", "μg/m³", "microgram per cubic metre", "concentration"),
    ("新增装机5000 kW", "5000 kW", "kW", "kilowatt", "power"),
    ("新建绿道3.5 km", "3.5 km", "km", "kilometre", "length"),
])
def test_latin_units_are_read_by_quantulum3(text: str, surface: str, unit: str, name: str, dimension: str) -> None:
    found = [q for q in extract_quantities(text) if q.surface == surface]
    assert [(q.unit, q.unit_name, q.dimension) for q in found] == [(unit, name, dimension)]


@pytest.mark.parametrize("text", ["新建5G基站", "创建5A级景区", "G60科创走廊"])
def test_a_lone_capital_letter_is_no_unit(text: str) -> None:
    assert all(q.unit is None for q in extract_quantities(text))


def test_every_unit_of_the_table_is_a_quantulum3_unit() -> None:
    for word, unit in units.units().items():
        q3 = units.quantulum3_unit(word)
        assert q3.name == unit.name
        assert q3.entity.name == unit.dimension, word


def test_chinese_only_units_are_quantulum3_custom_units() -> None:
    assert units.quantulum3_unit("亩").entity.name == "area"
    assert units.quantulum3_unit("斤").entity.name == "mass"
    assert units.quantulum3_unit("吨标煤").entity.name == "energy"
    with pytest.raises(KeyError, match="not in data/units.toml"):
        units.quantulum3_unit("光年")


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_corpus_quantities_are_exact_slices_with_decimal_values(doc_id: str) -> None:
    text = corpus_text(doc_id)
    found = extract_quantities(text)
    assert len(found) > 100
    last = -1
    for q in found:
        assert text[q.start:q.end] == q.surface
        assert q.start >= last
        last = q.end
        assert isinstance(q.value, Decimal) or (isinstance(q.low, Decimal) and isinstance(q.high, Decimal))
        assert q.unit is None or units.lookup(q.unit) is not None or "/" in q.unit, q


def test_not_a_string_is_refused() -> None:
    with pytest.raises(TypeError):
        extract_quantities(b"25\xe4\xb8\xaa")  # type: ignore[arg-type]


@pytest.mark.parametrize("text,surfaces", [
    ("生活垃圾分类覆盖率达到百分之百", ["百分之百"]),
    # 百 begins 百分之 here: it is no magnitude of the number before it.
    ("提高1至2百分之十", ["1至2", "百分之十"]),
    ("比重2百分之十", ["2", "百分之十"]),
])
def test_a_percent_prefix_is_never_a_magnitude(text: str, surfaces: list[str]) -> None:
    found = extract_quantities(text)
    assert [q.surface for q in found] == surfaces
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text,numbers", [
    ("为企业减负100亿元以上", ["100亿元以上"]),  # 减负 is a verb: its 负 is no sign
    ("2020-2025年", ["2020-2025年"]),  # a hyphen after a digit joins a range
    ("热线0571-88888888", ["88888888"]),  # (0571 has a leading zero: a code)
    ("负荷100万千瓦", ["100万千瓦"]),
    ("一成不变", ["一"]),  # 成 that begins a word (一成不变, 成员, 成本) is no share
    ("10个成员单位", ["10个"]),
    ("新增4K超高清频道2个", ["4", "2个"]),  # 4K is a name: k is a thousand only for `read`
    ("2021 2022", ["2021", "2022"]),  # Arabic digits on both sides of a space are two numbers
    ("三 四", ["三", "四"]),
    ("2021\n十大行动", ["2021", "十"]),  # no join across a line break before 十
    ("序号\n1\n万达广场", ["1"]),  # nor before 万 when no unit follows it
    # a space groups thousands only after a Chinese word and before a unit or a magnitude:
    # a row of figures, a row number before a figure, four digits after the space stay apart
    ("年度目标 150 130 120个", ["150", "130", "120个"]),
    ("3 500户", ["3", "500户"]),
    ("新增 2021 2300个", ["2021", "2300个"]),
    ("新增5 1000个", ["5", "1000个"]),
    ("三分之四", []),  # a fraction above one is no share
    ("成为十强之一", ["十"]),  # 之一 outside a fraction is a word
])
def test_what_stays_apart(text: str, numbers: list[str]) -> None:
    found = extract_quantities(text)
    assert [q.surface for q in found] == numbers
    assert all(q.value is None or q.value >= 0 for q in found)


@pytest.mark.parametrize("text,surface,low,high", [
    ("每户补助1万元至3万元。", "1万元至3万元", "10000", "30000"),
    ("单个项目奖补5万元到10万元", "5万元到10万元", "50000", "100000"),
    ("每村奖补2万元-4万元。", "2万元-4万元", "20000", "40000"),  # a hyphen, not the minus of -4万元
])
def test_a_range_with_its_unit_on_both_ends_is_one_quantity(text: str, surface: str, low: str, high: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.surface, q.value, str(q.low), str(q.high), q.unit) == (surface, None, low, high, "元")


@pytest.mark.parametrize("text", ["2021年至2025年", "补助500元至300元", "新增5个以上至8个", "补助500元-300元"])
def test_a_period_a_falling_pair_or_a_bound_is_no_such_range(text: str) -> None:
    """A span of years is a period; a pair that falls or carries a comparator word stays two quantities."""
    assert len(extract_quantities(text)) == 2


def test_a_minus_sign_after_a_word_stays_a_sign() -> None:
    """Only right after another quantity is a hyphen a range's separator; after a word it is a minus."""
    (q,) = extract_quantities("出口额增长-3%")
    assert q.value == Decimal("-3")


def test_single_digits_apart_with_no_unit_after_them_stay_apart() -> None:
    """A row of figures (季度目标 3 4 3 2) and years side by side are several numbers; only
    digits followed by a unit or a magnitude read as one OCR-spaced number."""
    assert [q.surface for q in extract_quantities("季度目标 3 4 3 2")] == ["3", "4", "3", "2"]
    assert [q.surface for q in extract_quantities("2021 2022年")] == ["2021", "2022年"]
