"""Hard cases of target extraction, written from spec/targets.md sections 1-3 and the
annotation conventions (a table: a sentence and the targets it must give).

Each expected target lists the fields the spec fixes for it; `ind` is a phrase the
indicator must contain (the spec scores indicators by overlap, not to the character).
Each non-target case names a number and the role it must get.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import govmetrics
from govmetrics.extract.roles import analyse
from govmetrics.extract.targets import extract_targets, numbers_in

D = Decimal

# (sentence, [expected targets in order]); each expected target is a dict of fields.
TARGETS: list[tuple[str, list[dict]]] = [
    # a verb that governs a list governs each item
    ("新增二级以上幼儿园25所、学位6750个。", [
        dict(surface="25所", value=D(25), unit="所", comparator="=", action="新增", ind="幼儿园",
             kind="increment", direction="up"),
        dict(surface="6750个", value=D(6750), unit="个", action="新增", ind="学位", kind="increment"),
    ]),
    # a share by place in a 其中 list counts the target's thing; in a plain list a word
    # ending in 镇 is a thing of its own
    ("新增公办学位3000个，其中棠东区1200个、棠西区950个；建设美丽河湖8条、水美乡镇7个。", [
        dict(surface="3000个", ind="公办学位"), dict(surface="1200个", action="新增", indicator="公办学位"),
        dict(surface="950个", action="新增", indicator="公办学位"), dict(surface="8条", ind="美丽河湖"),
        dict(surface="7个", ind="水美乡镇"),
    ]),
    # a quotation that holds a clause mark quotes a sentence (a report's words), not a name; one a
    # change word follows is the former text
    ("【报告原文】“新增市场主体6000户以上，其中企业2000户。”", [
        dict(surface="6000户以上"), dict(surface="2000户"),
    ]),
    ("第6项“新建城市公园8个，9月底前完工”调整为：新建城市公园10个。", [dict(surface="10个", action="新建")]),
    # a small Chinese numeral with a bound is no set phrase (三支队伍 is)
    ("群众投诉三个工作日以内办结。", [
        dict(surface="三个工作日以内", value=D(3), unit="个工作日", comparator="<="),
    ]),
    # a sub-item's label at the head of a clause is no part of what is counted (layouts §9);
    # 补充 takes staff on, as 招聘 does
    ("一季度完成选址。\n2.补充教师360名；③新增托位240个。", [
        dict(surface="360名", action="补充", ind="教师", kind="increment"),
        dict(surface="240个", action="新增", ind="托位", kind="increment"),
    ]),
    # a rate with a comparator word after its figure is a bound to reach, no progress figure;
    # a session count ends at a space in a line typed with spaces for punctuation
    ("家庭医生签约率达到65% 重点人群签约率85%以上", [
        dict(surface="65%", value=D(65), unit="%"), dict(surface="85%以上", value=D(85), unit="%", comparator=">="),
    ]),
    ("开展技能培训6期 培训农民400人次", [
        dict(surface="6期", value=D(6), unit="期"), dict(surface="400人次", value=D(400), unit="人次"),
    ]),
    # 已 in 已婚 (married) reports nothing done: the rate is a target
    ("十五至四十九周岁已婚育龄妇女生殖健康检查率达到百分之七十。", [
        dict(surface="百分之七十", value=D(70), unit="%", action="达到", ind="生殖健康检查率", kind="level"),
    ]),
    ("新建高标准农田3.13万亩。", [
        dict(surface="3.13万亩", value=D(31300), unit="亩", action="新建", ind="高标准农田",
             kind="increment", direction="up"),
    ]),
    ("确保粮食播种面积133.7万亩以上。", [
        dict(surface="133.7万亩以上", value=D(1337000), unit="亩", comparator=">=", action=None,
             commitment="firm", ind="粮食播种面积", kind="level", direction=None),
    ]),
    ("规上工业增加值增长7.2%。", [
        dict(surface="7.2%", value=D("7.2"), unit="%", action="增长", ind="规上工业增加值",
             kind="growth", direction="up"),
    ]),
    ("普惠型小微企业融资成本再降0.5个百分点。", [
        dict(surface="0.5个百分点", value=D("0.5"), unit="百分点", action="降", ind="融资成本",
             kind="change", direction="down"),
    ]),
    ("力争到位市外资金1500亿元以上。", [
        dict(surface="1500亿元以上", value=D(150000000000), unit="元", comparator=">=", action="到位",
             commitment="aim", ind="市外资金", kind="increment"),
    ]),
    ("PM2.5浓度均值控制在27微克/立方米以下。", [
        dict(surface="27微克/立方米以下", value=D(27), unit="微克/立方米", comparator="<=",
             action="控制在", ind="浓度均值", kind="level", direction=None),
    ]),
    ("60%以上的事项15分钟内办结。", [
        dict(surface="60%以上", value=D(60), unit="%", comparator=">=", action=None, ind="事项", kind="level"),
        dict(surface="15分钟内", value=D(15), unit="分钟", comparator="<=", action="办结", kind="level"),
    ]),
    ("推动每个区县谋划1至2个先导产业。", [
        dict(surface="1至2个", value=None, low=D(1), high=D(2), unit="个", action="谋划", ind="先导产业"),
    ]),
    # a range of counts written with a hyphen is no telephone number (0571-12345678 is)
    ("完成职业技能培训6000-9000人次。", [dict(surface="6000-9000人次", value=None, low=D(6000), high=D(9000), unit="人次")]),
    # a unitless coefficient after a verb of a level, at its item's end
    ("农田灌溉水有效利用系数提高到0.56。", [dict(surface="0.56", value=D("0.56"), unit=None, action="提高到", kind="level")]),
    # a unitless rate at the end of its table cell, under a comparison word: an index to stay under
    ("亿元生产总值安全事故死亡率低于0.05\t县应急管理局", [dict(surface="0.05", value=D("0.05"), unit=None, comparator="<")]),
    ("研发投入强度达到3.3%。", [
        dict(surface="3.3%", value=D("3.3"), unit="%", action="达到", ind="研发投入强度", kind="level"),
    ]),
    ("实现审批全流程最多跑一次、最多100天。", [
        dict(surface="100天", value=D(100), unit="天", comparator="<=", kind="level"),
    ]),
    ("空气质量综合指数排名全国重点城市前20。", [
        dict(surface="20", value=D(20), unit="名", comparator="<=", action="排名", ind="空气质量综合指数",
             kind="level"),
    ]),
    # the trailing comparator of a list that shares one predicate applies to every item
    ("污染地块和受污染耕地安全利用率分别达到98%、95%以上。", [
        dict(surface="98%", value=D(98), comparator=">=", action="达到", ind="污染地块", kind="level"),
        dict(surface="95%以上", value=D(95), comparator=">=", action="达到", ind="受污染耕地", kind="level"),
    ]),
    ("力争工业投资、民间投资分别增长10%和9.5%以上。", [
        dict(surface="10%", value=D(10), comparator=">=", action="增长", commitment="aim", ind="工业投资",
             kind="growth", direction="up"),
        dict(surface="9.5%以上", value=D("9.5"), comparator=">=", action="增长", commitment="aim",
             ind="民间投资", kind="growth", direction="up"),
    ]),
    # one surface, several targets: each item keeps its own verb
    ("盘活存量建设用地、消化批而未供土地各8000亩以上。", [
        dict(surface="8000亩以上", value=D(8000), comparator=">=", action="盘活", ind="存量建设用地"),
        dict(surface="8000亩以上", value=D(8000), comparator=">=", action="消化", ind="批而未供土地"),
    ]),
    ("力争国家级旅游度假区和5A级景区各创建1家。", [
        dict(surface="1家", value=D(1), unit="家", action="创建", commitment="aim", ind="旅游度假区"),
        dict(surface="1家", value=D(1), unit="家", action="创建", commitment="aim", ind="5A级景区"),
    ]),
    # items that each name their own thing: the comparator stays with its item
    ("新增500亿企业1家、300亿企业2家、100亿企业3家以上。", [
        dict(surface="1家", comparator="=", action="新增", ind="500亿企业"),
        dict(surface="2家", comparator="=", action="新增", ind="300亿企业"),
        dict(surface="3家以上", comparator=">=", action="新增", ind="100亿企业"),
    ]),
    # a condition and a target in one phrase: only the part after the verb is a target
    ("200人以上自然村公路通达率达到100%。", [
        dict(surface="100%", value=D(100), unit="%", action="达到", ind="通达率", kind="level"),
    ]),
    # a threshold that defines which projects count; the count after it is the target
    ("各县(市、区)分别引进固定资产投资超20亿元的先进制造业项目1个以上。", [
        dict(surface="1个以上", value=D(1), comparator=">=", action="引进", ind="先进制造业项目"),
    ]),
    # commitment reaches to the end of its sentence (commas do not stop it) …
    ("确保引进亿元以上项目120个以上,到位市外资金300亿元以上。", [
        dict(surface="120个以上", commitment="firm", action="引进"),
        dict(surface="300亿元以上", commitment="firm", action="到位"),
    ]),
    # … or to the next commitment word, or to ；
    ("确保消化批而未供土地7000亩,力争新增工业用地1.5万亩以上;新增就业5000人。", [
        dict(surface="7000亩", commitment="firm", action="消化"),
        dict(surface="1.5万亩以上", value=D(15000), commitment="aim", action="新增"),
        dict(surface="5000人", commitment=None, action="新增"),
    ]),
    # a verb that holds a commitment gives aim and is the action
    ("争创省级示范乡镇8个。", [
        dict(surface="8个", action="争创", commitment="aim", kind="increment"),
    ]),
    # verbs carried over 、，；; but not into an item with a different kind of amount
    ("建成食品生产企业“阳光工厂”65家;农村家宴“阳光厨房”50家。", [
        dict(surface="65家", action="建成"),
        dict(surface="50家", action="建成", ind="阳光厨房"),
    ]),
    ("新增上市企业4家以上,直接融资120亿元以上。", [
        dict(surface="4家以上", action="新增", kind="increment"),
        dict(surface="120亿元以上", action=None, kind="level", ind="直接融资"),
    ]),
    # sub-targets (其中, 含) inherit the action of their clause
    ("新增停车位3500个(其中公共停车位700个)。", [
        dict(surface="3500个", action="新增"),
        dict(surface="700个", action="新增", ind="公共停车位"),
    ]),
    ("新建绿道50公里(含环湖绿道6公里)。", [
        dict(surface="50公里", action="新建", unit="公里"),
        dict(surface="6公里", action="新建", unit="公里", ind="环湖绿道"),
    ]),
    # units: magnitudes multiplied out, compound units, bracketed alternatives, 千瓦 a unit
    ("新增屋顶光伏装机16万千瓦、腾出用能空间20万吨标煤、建成0.99万套。", [
        dict(surface="16万千瓦", value=D(160000), unit="千瓦"),
        dict(surface="20万吨标煤", value=D(200000), unit="吨标煤"),
        dict(surface="0.99万套", value=D(9900), unit="套"),
    ]),
    ("力争市区PM2.5平均浓度下降至每立方米35微克以内。", [
        dict(surface="35微克以内", value=D(35), unit="微克/立方米", comparator="<=", action="下降至",
             kind="level", direction="down", commitment="aim"),
    ]),
    ("食品抽检检测量达到4.5份/千人。", [
        dict(surface="4.5份/千人", value=D("4.5"), unit="份/千人", action="达到"),
    ]),
    ("创建“美丽河湖”5条(个)。", [
        dict(surface="5条(个)", value=D(5), unit="条", action="创建"),
    ]),
    ("全市规模以上工业增加值增长百分之十。", [
        dict(surface="百分之十", value=D(10), unit="%", kind="growth"),
    ]),
    ("新增就业岗位六千七百五十个。", [
        dict(surface="六千七百五十个", value=D(6750), unit="个", action="新增"),
    ]),
    # comparators before the number are outside the surface
    ("引导金融机构新增贷款不低于200亿元。", [
        dict(surface="200亿元", comparator=">=", action="新增"),
    ]),
    ("污染地块安全利用率超91%。", [dict(surface="91%", comparator=">")]),
    ("研发经费投入占生产总值比重提高到2.15%左右。", [
        dict(surface="2.15%左右", comparator="~", action="提高到", kind="level", direction="up"),
    ]),
    # kinds and directions
    ("二氧化碳强度降低4.6%以上。", [dict(kind="growth", direction="down", comparator=">=")]),
    ("全市生活垃圾处理量增速控制在3%以内。", [dict(kind="level", direction=None, comparator="<=")]),
    ("地质灾害隐患点数量减少100处以上。", [dict(kind="change", direction="down", unit="处")]),
    ("淘汰100家以上企业落后产能。", [dict(action="淘汰", direction=None, kind="increment")]),
    ("新培育乡创客180名。", [dict(action="新培育", direction="up", kind="increment")]),
    # enterprise-visits; a time within which a service is given; a size class; a rate's base
    ("全年检查企业2000家次以上。", [dict(surface="2000家次以上", unit="家次", comparator=">=")]),
    ("确保受灾群众12小时内得到初步救助。", [dict(surface="12小时内", unit="小时", comparator="<=")]),
    ("建成500吨级泊位4个。", [dict(surface="4个", unit="个", ind="500吨级泊位")]),
    ("工矿商贸就业人员十万人生产安全事故死亡率控制在1.3以内。", [dict(surface="1.3以内", unit=None, comparator="<=")]),
    # a commitment alone before a second number: a higher aim for the same thing
    ("地区生产总值增长6.5%左右，力争7%。", [
        dict(surface="6.5%左右", action="增长", ind="地区生产总值", commitment=None),
        dict(surface="7%", action="增长", ind="地区生产总值", commitment="aim", kind="growth"),
    ]),
    # the verb after the counted noun (出列, 脱贫), an item's own before its list's
    ("确保4个贫困村出列、980名建档立卡贫困人口脱贫。", [
        dict(surface="4个", action="出列", ind="贫困村", kind="increment"),
        dict(surface="980名", action="脱贫", ind="建档立卡贫困人口", kind="increment"),
    ]),
    ("新开工安置房1500套，基本建成900套。", [dict(surface="1500套", action="新开工"), dict(surface="900套", action="基本建成")]),
    ("新开城乡公交线路6条。", [dict(action="新开", direction="up", kind="increment", ind="城乡公交线路")]),
    ("开设社区老年学堂9个。", [dict(action="开设", direction=None, kind="increment", ind="社区老年学堂")]),
    # 新开展 is 开展 with the prefix: the noun after it is what is counted, not part of the verb
    ("新开展职业技能培训4000人次。", [dict(action="新开展", direction="up", ind="职业技能培训")]),
    ("改造提升农贸市场10家。", [dict(action="改造提升", direction=None)]),
    # zero targets
    ("确保零就业家庭动态清零。", [
        dict(surface="零", value=D(0), unit=None, action="清零", commitment="firm", kind="level"),
    ]),
    ("确保城镇“零就业家庭”动态保持为零。", [
        dict(surface="零", value=D(0), unit=None, action="保持", commitment="firm", kind="level"),
    ]),
    # a count held at none, written in digits, in a table cell (layouts §4e)
    ("危险化学品较大以上事故起数为0 | 市应急局", [dict(surface="0", value=D(0), unit=None, comparator="=")]),
    # a count before its noun, with its verb
    ("新建108个农村文化礼堂、11家城市书房。", [
        dict(surface="108个", action="新建", ind="农村文化礼堂"),
        dict(surface="11家", action="新建", ind="城市书房"),
    ]),
    ("确保30个以上项目列入省级清单。", [dict(surface="30个以上", comparator=">=", commitment="firm")]),
    # a unitless index kept under a bound written before it (layouts §8)
    ("亿元生产总值生产安全事故死亡率低于0.03。", [dict(surface="0.03", value=D("0.03"), unit=None, comparator="<")]),
    # sessions and rounds counted after a word for an event
    ("举办创业培训班12期，开展食品安全督查4轮以上。", [
        dict(surface="12期", value=D(12), unit="期", action="举办"),
        dict(surface="4轮以上", value=D(4), unit="轮", comparator=">="),
    ]),
    ("开展农村实用技术培训不少于15期。", [dict(surface="15期", value=D(15), unit="期", comparator=">=")]),
    # a duration that qualifies the thing counted after it in its clause is no time limit
    ("建设24小时城市书房6家。", [dict(surface="6家", value=D(6), unit="家")]),
    # a share written as a fraction of Chinese numerals
    ("全市三分之一以上的街道建成养老服务综合体。", [
        dict(surface="三分之一以上", value=D("33.3333333333"), unit="%", comparator=">=")]),
    # 区 before 重点 is the district's level, not a zone (实施区 is no noun here)
    ("实施区重点项目40个。", [dict(surface="40个", action="实施", kind="increment", ind="重点项目")]),
    # 为/对 + the people counted: the verb after them is the action
    ("为800名留守儿童提供课后托管。", [dict(surface="800名", action="提供", kind="increment", ind="留守儿童")]),
    ("对2000名退役军人开展就业培训。", [dict(surface="2000名", action="开展", ind="退役军人")]),
    # a multiple of a base is a quantity in 倍
    ("困难群众救助标准提高到当地低保标准的1.5倍。", [dict(surface="1.5倍", value=D("1.5"), unit="倍")]),
    # what there is now is the background; a verb before 现有 governs it, and the work after it counts
    ("改造提升现有背街小巷36条。", [dict(surface="36条", action="改造提升")]),
    ("依托现有日处理能力800吨的水厂，日均供水量达到650吨。", [dict(surface="650吨", action="达到")]),
    ("新建共有产权住房300套。", [dict(surface="300套", action="新建")]),
    # verbs of the newest documents' work; a verb before 额 names an amount (销售额), no action
    ("上线公共数据集120个。", [dict(surface="120个", action="上线", kind="increment")]),
    ("以旧换新销售家电20万台。", [dict(surface="20万台", action="销售")]),
    ("开放智能网联汽车测试道路80公里。", [dict(surface="80公里", action="开放")]),
    ("农村电商销售额突破3000万元。", [dict(surface="3000万元", action=None, kind="level", ind="销售额")]),
    # a list changed after it was issued: the new value is the target, the former one is not
    ("全年目标由增长8%调整为增长6.5%。", [dict(surface="6.5%")]),
    ("原定新建村级活动中心9个，调整为新建7个。", [dict(surface="7个", action="新建")]),
    ("新增普惠性托位600个（原目标为450个）。", [dict(surface="600个")]),
    ("将“新建停车场5个”调整为“新建停车场4个”。", [dict(surface="4个")]),
    ("地区生产总值增速低于年初目标1.5个百分点。", [dict(surface="1.5个百分点")]),
    # a target beside its rule of scoring stays one; 加 before a count that is no score is a verb's
    ("新建村级养老服务站12个，每少1个扣0.5分。", [dict(surface="12个", action="新建")]),
    ("新增就业5000人，加快建设10个分拣中心。", [dict(surface="5000人"), dict(surface="10个")]),
    # last year's figure in a bracket beside the target, and the work after the bracket
    ("新增城镇就业320人（2020年为290人），开展技能培训600人次。", [dict(surface="320人"), dict(surface="600人次")]),
]

# (sentence, the number as written, its role): numbers that are never targets.
NON_TARGETS: list[tuple[str, str, str]] = [
    # a count before the name of the list of the year's tasks counts the list
    ("县政府对全年18项重点工作逐项明确主管领导。", "18项", "programme_name"),
    # a zero followed by a word is no count held at none (a score of 0 points)
    ("对未完成的单位当月考核得分为0分。", "0", "other"),
    # a stock: what there is now (现有, 共有, 仍有), to the end of its sentence's background
    ("全县现有乡镇卫生院14家，其中达到推荐标准的占比为42%。", "14家", "progress"),
    # a rate of completion as a bare figure reports progress (with 以上 after it it would be a bound)
    ("目前城东片区征收签约率85.2%。", "85.2%", "progress"),
    ("全县现有乡镇卫生院14家，其中达到推荐标准的占比为42%。", "42%", "progress"),
    ("城区2010年以前建成的小区共有95个，仍有3200户未通天然气。", "3200户", "progress"),
    ("新增城镇就业320人（2020年为290人），开展技能培训600人次。", "290人", "progress"),
    ("新增学位900个（上年新增780个）。", "780个", "progress"),
    # a review of past results in a news report's indirect speech
    ("县长在讲话中回顾了过去三年取得的成绩，三年累计新建学校12所。", "12所", "progress"),
    # rules of scoring in an assessment: in the clause of a score, or in the condition before one
    ("每少完成1个扣0.5分，扣完为止。", "1个", "other"),
    ("完成率低于85%的，该项不得分。", "85%", "other"),
    ("各项指标权重合计95%。", "95%", "other"),
    ("力争市区PM2.5浓度均值控制在27微克/立方米以下", "2.5", "name_or_code"),
    ("新建5G基站700个", "5", "name_or_code"),
    ("融入G60科创走廊", "60", "name_or_code"),
    ("推进351国道建设", "351", "name_or_code"),
    ("持续推动“1433”发展战略体系", "1433", "name_or_code"),
    ("坚持“4421”项目工作体系", "4421", "name_or_code"),
    ("深入落实“中国制造2025浙江行动”", "2025", "name_or_code"),
    ("重点打造“3+X”农业主导产业", "3", "name_or_code"),
    ("新增二级以上幼儿园25所", "二", "grade"),
    # 期 / 轮 after a project's name or before a noun mark a phase or an edition
    ("建成污水处理厂二期，新增日处理能力5万吨", "二", "ordinal"),
    ("开工建设二期工程", "二", "ordinal"),
    ("建设24小时城市书房6家", "24", "condition"),
    # a number wrapped by a PDF line break is not ended by it (30\n0天 is no index 30)
    ("审批时限不少于30\n0天", "30", "other"),
    ("积极创建南孔古城5A级景区", "5", "grade"),
    ("其中3A级30个以上", "3", "grade"),
    ("全市出境水水质保持Ⅱ类以上", "Ⅱ", "grade"),
    ("以三甲医院为龙头", "三", "grade"),
    ("承办第七届中医科学大会", "七", "ordinal"),
    ("实施第四轮学前教育补短板行动", "四", "ordinal"),
    ("办好第17届工科会", "17", "ordinal"),
    ("投用城区福利院二期", "二", "ordinal"),
    ("落实“三服务”2.0版", "2.0", "ordinal"),
    ("65周岁以上高血压、糖尿病患者免费服药", "65", "condition"),
    ("加快发展3岁以下婴幼儿照护服务", "3", "condition"),
    ("对全市0—3岁儿童开展早期识别", "0", "condition"),
    ("200人以上自然村公路通达率达到100%", "200", "condition"),
    ("实现临水临崖及4米以上高落差路段安防设施全覆盖", "4", "condition"),
    ("力争全面消除年经营性收入30万元以下的欠发达村", "30", "condition"),
    ("全面整治亩均税收1万元以下的低小散企业", "1", "condition"),
    ("新增500亿企业1家", "500", "condition"),
    ("分别引进固定资产投资超20亿元的先进制造业项目1个以上", "20", "condition"),
    ("引进投资超20亿元重大产业项目20个,其中超50亿元6个", "50", "condition"),
    ("加快第一批15个项目建设", "15", "condition"),
    ("加快实施“机器人+”等十大行动", "十", "programme_name"),
    ("打好三大攻坚战", "三", "programme_name"),
    ("扎实做好“六稳”工作", "六", "programme_name"),
    ("践行“两山”理念", "两", "programme_name"),
    ("制定实施蓝天保卫三年行动计划", "三", "programme_name"),
    ("推行非营运小微型汽车环保免检年限延长至10年改革", "10", "programme_name"),
    ("发展优势特色产业9大集群", "9", "programme_name"),
    ("2021年是“十四五”开局之年", "2021", "date"),
    ("2021年是“十四五”开局之年", "十四五", "date"),
    ("衢州市人民政府办公室 2018年4月18日", "18", "date"),
    ("发布日期:2021-03-26 14:35", "14", "date"),
    ("文件编号: 衢政办发〔2021〕3号", "3", "name_or_code"),
    ("咨询电话:0571-87053311", "87053311", "name_or_code"),
    ("\n1.实施提高居民收入富民行动", "1", "task_number"),
    ("\n(二十三)推进法治政府建设", "二十三", "task_number"),
    ("\n一、抓好常态化疫情防控", "一", "task_number"),
    ("做优做强智能家电、稀土磁性材料等6条标志性产业链", "6", "list_count"),
    ("聚焦“先行先试”5个方面", "5", "list_count"),
    ("壮大高技能人才三支队伍", "三", "other"),
    ("作出七日无理由退货承诺", "七", "other"),
    ("居民医保补助标准由每人每年580元提高到610元", "580", "other"),
]

# Words that hold numeral characters but are no numbers: no mention at all.
NOT_NUMBERS = ["打造一批智能工厂", "统一出租汽车电话召车服务平台", "进一步优化营商环境", "推进长三角一体化",
               "建设一流大学", "加强师资队伍建设", "扫描二维码"]


def _matches(target, expected: dict) -> bool:
    for key, want in expected.items():
        if key == "ind":
            if want not in (target.indicator or ""):
                return False
        elif getattr(target, key) != want:
            return False
    return True


@pytest.mark.parametrize("text,expected", TARGETS, ids=[t for t, _ in TARGETS])
def test_targets(text: str, expected: list[dict]) -> None:
    found = extract_targets(text, year=2021)
    assert len(found) == len(expected), [t.to_dict() for t in found]
    for target, want in zip(found, expected):
        assert _matches(target, want), (target.to_dict(), want)
        assert text[target.start:target.end] == target.surface


@pytest.mark.parametrize("text,number,role", NON_TARGETS, ids=[f"{t}|{n}" for t, n, _ in NON_TARGETS])
def test_non_targets(text: str, number: str, role: str) -> None:
    mentions = [m for m in numbers_in(text, year=2021) if text.startswith(number, m.start)]
    assert mentions, f"{number!r} not found as a number in {text!r}"
    assert mentions[0].role == role, mentions[0]
    assert not any(t.start == mentions[0].start for t in extract_targets(text, year=2021))


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_words_with_numeral_characters_are_no_numbers(text: str) -> None:
    assert numbers_in(text) == []


def test_every_number_gets_exactly_one_role_with_a_reason() -> None:
    text = "2021年,力争新增5G基站700个,打造一批未来工厂,第七届大会,200人以上自然村通达率达到100%。"
    mentions = numbers_in(text, year=2021)
    assert [m.surface for m in mentions] == ["2021年", "5", "700个", "七", "200人以上", "100%"]
    assert [m.role for m in mentions] == ["date", "name_or_code", "target", "ordinal", "condition", "target"]
    assert all(m.reason for m in mentions)


def test_offsets_survive_full_width_forms_and_spaces() -> None:
    text = "　新增 高标准农田 ３．１３万亩 ，增长 ７．２％ 。"
    found = extract_targets(text)
    assert [(t.surface, t.value, t.unit) for t in found] == [("３．１３万亩", D(31300), "亩"), ("７．２％", D("7.2"), "%")]
    for t in found:
        assert text[t.start:t.end] == t.surface


def test_units_say_their_quantulum3_name_and_dimension() -> None:
    t = extract_targets("新建高标准农田3.13万亩,完成投资20亿元,新增学位6750个。")
    assert [(x.unit_name, x.dimension) for x in t] == [
        ("mu", "area"), ("chinese yuan", "currency"), ("item", "count")]


# ---------------------------------------------------------------- rules of the held-out review
# Each rule of govmetrics.extract.nontargets added after the held-out check, with a sentence where
# it makes or keeps a target and one where it sets the number aside (spec section 1).

# (sentence, [expected targets in order])
RULE_TARGETS: list[tuple[str, list[dict]]] = [
    # a small Chinese count that ends its item, counts things and follows a verb is a target
    ("新建城市书房五家、农村文化礼堂两个。", [
        dict(surface="五家", value=D(5), unit="家", action="新建", ind="城市书房", kind="increment", direction="up"),
        dict(surface="两个", value=D(2), unit="个", action="新建", ind="农村文化礼堂", kind="increment"),
    ]),
    ("每个乡镇建成区域性养老服务中心一所。", [dict(surface="一所", value=D(1), unit="所", action="建成")]),
    # a number with no unit, a trailing comparator and a verb: a ratio to reach, unit null
    ("城乡居民收入倍差缩小到1.7以内。", [
        dict(surface="1.7以内", value=D("1.7"), unit=None, comparator="<=", action="缩小到", kind="level",
             direction="down"),
    ]),
    # a threshold before 的 with a count after it picks the things counted
    ("新建3000平方米以上的社区服务中心5个。", [
        dict(surface="5个", value=D(5), unit="个", action="新建", ind="社区服务中心"),
    ]),
    # … with no count after it, the amount after the verb is the target
    ("新建5000平方米以上的农贸市场。", [
        dict(surface="5000平方米以上", value=D(5000), unit="平方米", comparator=">=", action="新建"),
    ]),
    # a time limit of a service is a target; a day of the month is not
    ("群众诉求10日内办结。", [dict(surface="10日内", value=D(10), unit="日", comparator="<=")]),
    ("群众办事15分钟内办结。", [dict(surface="15分钟内", value=D(15), unit="分钟", comparator="<=")]),
    # a voltage grade qualifies the thing counted; 千瓦 is a unit of an amount
    ("新建110kV变电站2座。", [dict(surface="2座", value=D(2), unit="座", action="新建")]),
    ("新建35千伏线路12公里。", [dict(surface="12公里", value=D(12), unit="公里", action="新建")]),
    ("新增光伏装机5万千瓦。", [dict(surface="5万千瓦", value=D(50000), unit="千瓦", action="新增")]),
    # a span of years to reach is a target; the age of the things to act on is not
    ("设备使用年限达到8年以上。", [dict(surface="8年以上", value=D(8), unit="年", comparator=">=", action="达到")]),
    ("对建成20年以上的老旧小区实施改造。", []),
    # a village's counts in words after its verbs of building; times with a floor set on them
    ("为二组新打机井两口，", [dict(surface="两口", value=D(2), unit="口", action="新打")]),
    ("修建蓄水池三座。", [dict(surface="三座", value=D(3), unit="座", action="修建")]),
    ("全年召开村民代表会议不少于四次。", [dict(surface="四次", value=D(4), unit="次", comparator=">=", action="召开")]),
    # staff taken on and things set up; 招聘会 is a meeting, not the verb 招聘
    ("公开招聘中小学教师260名。", [dict(surface="260名", value=D(260), unit="名", action="招聘")]),
    ("组织专场招聘会8场。", [dict(surface="8场", value=D(8), unit="场", action="组织")]),
    # a verb of having governs the count after it, the noun after it is what is counted;
    # 有 names no action
    ("力争每个贫困村有1个以上农民专业合作社。", [
        dict(surface="1个以上", value=D(1), unit="个", comparator=">=", action=None, ind="农民专业合作社"),
    ]),
    ("每个乡镇建有1所以上公办中心幼儿园。", [dict(surface="1所以上", value=D(1), unit="所", ind="公办中心幼儿园")]),
    # a capacity or a standard before 的 is the goal itself, not a threshold
    ("形成年产正极材料5万吨的能力。", [dict(surface="5万吨", value=D(50000), unit="吨")]),
    ("按每人每月100元的标准发放高龄津贴。", [dict(surface="100元", value=D(100), unit="元")]),
    # a project's total investment is a target where nothing gives the year's part (a project's
    # own plan), and its scale to build is one beside a year's part
    ("新建综合楼4.6万平方米，项目总投资12.6亿元。", [
        dict(surface="4.6万平方米", action="新建"), dict(surface="12.6亿元", value=D(1260000000), unit="元"),
    ]),
    ("新建厂房8万平方米，总投资6.8亿元。年度目标：完成投资2.5亿元。", [
        dict(surface="8万平方米", action="新建"), dict(surface="2.5亿元", action="完成"),
    ]),
    ("盘活低效用地800亩。", [dict(surface="800亩", action="盘活")]),
    # 种 counts kinds
    ("大病专项救治病种扩大到30种。", [dict(surface="30种", value=D(30), unit="种", action="扩大到")]),
    # a party committee's work: classes held, rounds of inspection, organisations put in order
    ("举办党员领导干部读书班2期，", [dict(surface="2期", value=D(2), unit="期", action="举办")]),
    ("开展县委常规巡察2轮，巡察村党组织60个。", [
        dict(surface="2轮", unit="轮", action="开展"), dict(surface="60个", action="巡察"),
    ]),
    ("排查整顿软弱涣散村党组织85个。", [dict(surface="85个", action="整顿")]),
    ("软弱涣散村党组织整顿85个。", [dict(surface="85个", action="整顿")]),  # 党组织 is a noun
    # none to happen: a zero target, in quotes or not, where its word ends the phrase
    ("确保进京非正常上访实现“零发生”。", [dict(surface="零", value=D(0), unit=None, action="实现")]),
    ("创建“零上访”村10个。", [dict(surface="10个", value=D(10), action="创建")]),
    ("农药使用量实现零增长。", [dict(surface="零", value=D(0), action="实现")]),
    ("拆除违法建设1.2万平方米，实现新增违法建设“零增长”。", [dict(surface="1.2万平方米", action="拆除")]),  # a slogan
    ("汛期前完成村庄清洁行动三轮。", [dict(surface="三轮", value=D(3), unit="轮", action="完成")]),
    # a verb before a size governs the count after it, not the size
    ("化解56人以上大班额48个。", [dict(surface="48个", value=D(48), action="化解")]),
]

# (sentence, the number as written, its role)
RULE_NON_TARGETS: list[tuple[str, str, str]] = [
    # a count before the name of the list of the year's tasks counts the list
    ("县政府对全年18项重点工作逐项明确主管领导。", "18项", "programme_name"),
    ("实现群众办事最多跑一次。", "一", "other"),  # 次 counts times, not things
    ("今年是实施规划的关键一年。", "一", "other"),  # a year is no count of things
    ("全市共有幼儿园三所。", "三", "other"),  # no verb before it
    ("科技人才、经营管理人才和高技能人才三支队伍。", "三", "list_count"),  # a list count still wins
    ("对评分80以下的项目予以通报。", "80", "other"),  # no verb before a bare number
    ("新建3000平方米以上的社区服务中心5个。", "3000", "condition"),
    ("每月10日前报送上月工作进展。", "10", "date"),
    ("新建110kV变电站2座。", "110", "grade"),
    ("新建35千伏线路12公里。", "35", "grade"),
    ("打造城区15分钟健身圈。", "15", "programme_name"),
    ("构建1小时交通圈。", "1", "programme_name"),
    ("对建成20年以上的老旧小区实施改造。", "20", "condition"),
    ("实现所有200人以上自然村通硬化路。", "200", "condition"),  # 所有 is "all", no verb of having
    # what describes a project beside its year's part: its total investment, the land it occupies
    ("新建厂房8万平方米，总投资6.8亿元。年度目标：完成投资2.5亿元。", "6.8", "other"),
    ("建设内容：项目用地560亩，新建生产线6条。", "560", "other"),
    ("年度目标：引进总投资超10亿元的产业项目5个以上。", "10", "condition"),  # a threshold picks a class
    ("化解56人以上大班额48个。", "56", "condition"),
    # a figure compared with, in a bracket after the target
    ("高中阶段毛入学率达到90%（全省平均为89.5%）。", "89.5", "other"),
    ("细颗粒物浓度控制在37微克/立方米以下（国家二级标准为35微克/立方米）。", "35", "other"),
    ("基础养老金最低标准每人每月提高20元（现行标准为每人每月158元）。", "158", "other"),
    ("政府综合债务率控制在100%以内（国家警戒线为120%）。", "120", "other"),
    ("逐步向国家二级标准（年均35微克/立方米）靠拢。", "35", "other"),
    # a way of working round the clock is a rule, not a time limit
    ("主汛期严格执行24小时值班和领导带班制度。", "24", "programme_name"),
    # a count whose clause opens as many numbered items counts them
    ("城区路网畅通工程。包括3个子项目：（1）新建道路2.4公里；（2）改造道路3.1公里；（3）新建桥梁1座。", "3", "list_count"),
]


@pytest.mark.parametrize("text,expected", RULE_TARGETS, ids=[t for t, _ in RULE_TARGETS])
def test_rule_targets(text: str, expected: list[dict]) -> None:
    test_targets(text, expected)


@pytest.mark.parametrize("text,number,role", RULE_NON_TARGETS, ids=[f"{t}|{n}" for t, n, _ in RULE_NON_TARGETS])
def test_rule_non_targets(text: str, number: str, role: str) -> None:
    test_non_targets(text, number, role)


# A quantity inside a written deadline's surface says when, not how much (roles.analyse):
# (sentence, target surfaces, (deadline surface, due) pairs)
INSIDE_DEADLINES: list[tuple[str, list[str], list[tuple[str, str | None]]]] = [
    ("力争3年内完成全部改造。", [], [("3年内", "2023-12-31")]),
    ("新建幼儿园3所，2年内实现全覆盖。", ["3所"], [("2年内", "2022-12-31")]),
    ("每月10日前报送上月工作进展。", [], [("每月10日前", None)]),
    ("群众诉求3日内办结。", ["3日内"], []),  # a service's time limit is no deadline
]


@pytest.mark.parametrize("text,targets,deadlines", INSIDE_DEADLINES, ids=[t for t, _, _ in INSIDE_DEADLINES])
def test_quantities_inside_deadlines_are_no_targets(text: str, targets: list[str],
                                                     deadlines: list[tuple[str, str | None]]) -> None:
    found = analyse(text, year=2021)
    assert [t.surface for t in found.targets] == targets
    written = [d for d in found.deadlines if not d.default]
    assert [(d.surface, d.due.isoformat() if d.due else None) for d in written] == deadlines
    roles = {m.surface: m.role for m in found.numbers}
    for d in written:
        assert all(roles[m.surface] == "deadline" for m in found.numbers if d.start <= m.start < d.end)
    assert {m.start for m in found.numbers if m.role == "target"} == {t.start for t in found.targets}


# Issue 14, end to end through the public function: the value multiplied out, the unit
# without its magnitude, the comparator of the approximation (spec/targets.md section 2).
@pytest.mark.parametrize("text,surface,value,unit,comparator", [
    ("全年完成固定资产投资500多亿元", "500多亿元", D(50_000_000_000), "元", ">"),
    ("控制在千分之六以内", "千分之六以内", D(6), "‰", "<="),
    ("普及率达到九成以上", "九成以上", D(90), "%", ">="),
    ("新增就业十余万人", "十余万人", D(100_000), "人", ">"),
    ("新增城镇就业1.2万余户", "1.2万余户", D(12000), "户", ">"),
    ("出口增长-2.5%", "-2.5%", D("-2.5"), "%", "="),
    ("带动就业约1.5万人", "1.5万人", D(15000), "人", "~"),
    ("新增十几家企业", "十几家", D(10), "家", ">"),  # an approximate count is no set phrase (三支队伍)
])
def test_numbers_as_officials_write_them(text: str, surface: str, value: D, unit: str, comparator: str) -> None:
    (t,) = govmetrics.extract_targets(text)
    assert (t.surface, t.value, t.unit, t.comparator) == (surface, value, unit, comparator)


@pytest.mark.parametrize("text,indicators", [
    ("到2025年农村自来水普及率达到95%。", ["农村自来水普及率"]),
    ("农村自来水普及率比2018年提高2个百分点，达到90%。", ["农村自来水普及率", "农村自来水普及率"]),
    ("农村自来水普及率达到86%，比2018年提高2个百分点。", ["农村自来水普及率", "农村自来水普及率"]),
    ("镇级债务余额较上年末减少300万元。", ["镇级债务余额"]),
    ("森林覆盖率年内提高到63%、到2025年达到65%。", ["森林覆盖率", "森林覆盖率"]),
])
def test_indicators_leave_out_a_time_by_which_and_a_comparison_base(text: str, indicators: list[str]) -> None:
    """Spec §2, indicator: the thing measured. A time by which (到2025年) says when, a comparison
    base (比2018年, 较上年末) what the figure is compared with: neither is part of the indicator,
    and an item that names nothing else measures what the clause before it names."""
    assert [t.indicator for t in extract_targets(text, year=2021)] == indicators


def test_the_size_of_a_first_batch_that_ends_its_phrase_is_the_work() -> None:
    """After 首批 / 第一批 a count followed by its noun names the batch (加快第一批15个项目建设:
    a condition, above); one that ends its phrase is what the verb delivers: a target."""
    text = "分两批实施：5月底前完成首批20条，11月底前完成剩余25条。"
    assert [t.surface for t in extract_targets(text, year=2021)] == ["20条", "25条"]


def test_a_count_after_a_list_of_works_to_finish_is_the_work() -> None:
    """X、Y等6条 counts the list it closes; where the clause says the listed works get done
    (完成…等6条道路建设, …等3所学校建成投用) that count is what it delivers: a target. A list of
    things to strengthen (做优做强…等6条产业链) still only counts its items."""
    text = ("完成东环路、滨湖大道等6条道路建设；确保城南小学等3所学校秋季前建成投用；"
            "做优做强新材料、生物医药等5条产业链。")
    assert [t.surface for t in extract_targets(text, year=2023)] == ["6条", "3所"]


def test_a_duration_in_a_list_of_figures_is_no_qualifier() -> None:
    """A duration before a noun qualifies it (24小时自助服务网点10个); one joined to the next
    figure by 和 or 、 is one of a list of figures (分别压缩至30小时和1.2小时以内)."""
    text = "货物进口、出口通关时间分别压缩至30小时和1.2小时以内，新建24小时自助服务网点10个。"
    assert [(t.surface, t.comparator) for t in extract_targets(text, year=2023)] == [
        ("30小时", "<="), ("1.2小时以内", "<="), ("10个", "=")]


def test_a_word_for_per_is_no_distributor() -> None:
    """均 shares a predicate over a list (城镇和农村居民收入均增长8%: two targets), but 户均 / 人均 is a
    word for "per": 脱贫户和监测户户均增收2000元以上 states one figure."""
    assert len(extract_targets("城镇和农村居民收入均增长8%。", year=2024)) == 2
    assert [t.surface for t in extract_targets("脱贫户和监测户户均增收2000元以上。", year=2024)] == ["2000元以上"]


def test_verbs_and_units_of_paying_publishing_and_inspecting() -> None:
    """兑付 / 发布 / 置换 deliver what they count; 促进…就业 sets it going (the later verb is the
    action where one follows); 所次 counts visits to schools, like 人次 and 家次."""
    found = extract_targets("兑付补贴资金1.2亿元，发布应用场景清单30项，置换电动自行车4000辆，"
                            "完成学校卫生监督检查180所次。", year=2026)
    assert [(t.surface, t.action, t.unit) for t in found] == [
        ("1.2亿元", "兑付", "元"), ("30项", "发布", "项"), ("4000辆", "置换", "辆"), ("180所次", "完成", "所次")]


def test_a_footnote_mark_after_a_figure_is_no_noun() -> None:
    """A figure pasted from a statistical table keeps its note's mark (60亿元以上④, 3000个①): the mark
    is no noun the figure qualifies (as in 1000亿元以上重大项目), so the figure stays a target."""
    found = extract_targets("到位县外资金60亿元以上④，新增学位3000个①。", year=2019)
    assert [(t.surface, t.comparator) for t in found] == [("60亿元以上", ">="), ("3000个", "=")]


def test_guo_before_an_amount_names_a_class() -> None:
    """过 before an amount is 超 (产值过10亿元企业: a class, the count after it the target); in a word
    (通过, 经过) it is no comparator."""
    assert [t.surface for t in extract_targets("力争新培育产值过10亿元企业5家，通过3个项目验收。", year=2017)] == [
        "5家", "3个"]


def test_sector_units_and_a_project_s_preparation() -> None:
    """蒸吨 (a boiler's steam), 车道公里 and 户·次 are units as written; 项目前期 (a project's preparation)
    holds no 目前, so the figure after it is no actual figure."""
    found = extract_targets("淘汰燃煤锅炉合计168蒸吨，改造快速路120车道公里，上门服务2.4万户·次；"
                            "推进风电项目前期工作，新增核准风电装机10万千瓦。", year=2023)
    assert [(t.surface, t.unit) for t in found] == [
        ("168蒸吨", "蒸吨"), ("120车道公里", "车道公里"), ("2.4万户·次", "户·次"), ("10万千瓦", "千瓦")]
