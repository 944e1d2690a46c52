"""Held-out documents, part C: HTML pages (site furniture, a task table, a traditional-
character mirror, <br>-separated lines) and .docx files (paragraphs; a table).

⟦…⟧ marks each task's own statement; see documents_a.py. A .docx source is a list of
blocks: a string is a paragraph, a `Table` is a table (a row given as one string is one
merged cell; None in a cell continues the cell above, merged vertically).
"""

from __future__ import annotations

from heldout_common import Doc, Table, task, under

_HEAD_FURNITURE = """<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function(){var hm=document.createElement("script");})();</script>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="topbar"><a href="/">无障碍</a> | <a href="/old">长辈版</a> | <a href="/login">登录</a> | <a href="/reg">注册</a></div>
<div id="header"><img src="/images/logo.png" alt="政府门户网站"></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进本地</a></li></ul></div>
"""

_FOOT_FURNITURE = """<div class="bshare-custom">分享到：<a class="bshare-weixin">微信</a><a class="bshare-sinaminiblog">微博</a><a class="bshare-qzone">QQ空间</a></div>
<div class="ewm"><img src="/qr.png">扫一扫在手机打开当前页</div>
<div class="print-close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a/1.html">关于做好春季安全生产工作的通知</a></li><li><a href="/a/2.html">关于公布政务服务事项目录的通知</a></li></ul></div>
<div id="footer"><p>主办单位：市人民政府办公室 &nbsp; 网站标识码：1234000001</p><p>备案号：皖ICP备12345678号 &nbsp; 公网安备 34010002000001号</p></div>
<script>document.getElementById("views").innerHTML = 1024;</script>
</body></html>
"""

BAISHUI = Doc(
    id="baishui-2024", fmt="html", encoding="gb18030",
    meta={"title": "白水市人民政府办公室关于印发2024年市政府工作报告重点工作责任清单的通知",
          "issuer": "白水市人民政府办公室", "doc_number": "白政办〔2024〕6号", "doc_agency": "白政办",
          "doc_year": 2024, "doc_serial": 6, "year": 2024},
    source="""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="ArticleTitle" content="白水市人民政府办公室关于印发2024年市政府工作报告重点工作责任清单的通知">
<meta name="PubDate" content="2024-03-12 09:30">
<meta name="ContentSource" content="白水市人民政府办公室">
<title>白水市人民政府办公室关于印发2024年市政府工作报告重点工作责任清单的通知_通知公告_白水市人民政府</title>
""" + _HEAD_FURNITURE + """<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="article">
<table class="xxgk-info">
<tr><td>索引号：</td><td>11340000003/2024-00031</td><td>发布机构：</td><td>白水市人民政府办公室</td></tr>
<tr><td>文号：</td><td>白政办〔2024〕6号</td><td>成文日期：</td><td>2024-03-08</td></tr>
</table>
<h1 class="title">白水市人民政府办公室关于印发2024年市政府工作报告重点工作责任清单的通知</h1>
<div class="info">发布时间：2024-03-12 来源：市政府办公室 浏览次数：<span id="views"></span> 字号：[<a>大</a> <a>中</a> <a>小</a>]</div>
<div class="content" id="zoom">
<p>各县（市、区）人民政府，市政府各部门、各直属机构：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;《2024年市政府工作报告重点工作责任清单》已经市政府同意，现印发给你们，请认真贯彻落实。</p>
<p style="text-align:right">白水市人民政府办公室</p>
<p style="text-align:right">2024年3月8日</p>
<p style="text-align:center"><strong>2024年市政府工作报告重点工作责任清单</strong></p>
<table border="1" cellspacing="0" cellpadding="0" width="100%">
<thead><tr><th>序号</th><th>重点工作</th><th>牵头市领导</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>
<tr><td colspan="6"><strong>一、扩大有效需求</strong></td></tr>
<tr><td>1</td><td>⟦全年实施省市重点项目300个，完成投资800亿元。⟧</td><td rowspan="3">赵立峰</td><td>市发展改革委</td><td>市财政局、市自然资源局</td><td>2024年12月底</td></tr>
<tr><td>2</td><td>⟦社会消费品零售总额增长7%。⟧</td><td>市商务局</td><td>市统计局</td><td>2024年12月底</td></tr>
<tr><td>3</td><td>⟦举办汽车、家电等促消费活动50场以上。⟧</td><td>市商务局</td><td>各县（市、区）政府</td><td>2024年10月底</td></tr>
<tr><td colspan="6"><strong>二、发展现代产业</strong></td></tr>
<tr><td>4</td><td>⟦新增规上工业企业100家。⟧</td><td rowspan="3">钱海燕</td><td>市工信局</td><td>市统计局、市税务局</td><td>2024年12月底</td></tr>
<tr><td>5</td><td>⟦培育国家级专精特新“小巨人”企业5家。⟧</td><td>市工信局</td><td>市科技局</td><td>2024年11月底</td></tr>
<tr><td>6</td><td>⟦新建5G基站1500个。⟧</td><td>市工信局</td><td>市通信发展办、各县（市、区）政府</td><td>2024年12月底</td></tr>
<tr><td colspan="6"><strong>三、改善民生福祉</strong></td></tr>
<tr><td>7</td><td>⟦新建、改扩建幼儿园12所。⟧</td><td>孙佳怡</td><td>市教育局</td><td>市发展改革委、市住建局</td><td>2024年9月底</td></tr>
<tr><td>8</td><td>⟦城镇新增就业3.6万人。⟧</td><td>孙佳怡</td><td>市人社局</td><td></td><td>2024年12月底</td></tr>
<tr><td>9</td><td>⟦完成城镇老旧小区改造60个。⟧</td><td>赵立峰、钱海燕</td><td>市住建局</td><td>市财政局、各县（市、区）政府等</td><td>2024年11月底</td></tr>
<tr><td>10</td><td>⟦新增托育机构托位2000个。⟧</td><td>孙佳怡</td><td>市卫生健康委</td><td>市民政局</td><td>2024年12月底</td></tr>
</tbody></table>
<p>&nbsp;</p>
</div>
</div>
""" + _FOOT_FURNITURE,
    tasks=[
        *under("一、扩大有效需求",
               task("1", L="赵立峰", lead="市发展改革委", coop="市财政局|市自然资源局"),
               task("2", L="赵立峰", lead="市商务局", coop="市统计局"),
               task("3", L="赵立峰", lead="市商务局", coop="各县（市、区）政府")),
        *under("二、发展现代产业",
               task("4", L="钱海燕", lead="市工信局", coop="市统计局|市税务局"),
               task("5", L="钱海燕", lead="市工信局", coop="市科技局"),
               task("6", L="钱海燕", lead="市工信局", coop="市通信发展办|各县（市、区）政府")),
        *under("三、改善民生福祉",
               task("7", L="孙佳怡", lead="市教育局", coop="市发展改革委|市住建局"),
               task("8", L="孙佳怡", lead="市人社局"),
               task("9", L="赵立峰|钱海燕", lead="市住建局", coop="市财政局|各县（市、区）政府", open=True),
               task("10", L="孙佳怡", lead="市卫生健康委", coop="市民政局")),
    ],
)

YUNXI = Doc(
    id="yunxi-2020-trad", fmt="html", encoding="utf-8",
    meta={"title": "雲溪市人民政府關於印發2020年政府工作報告重點工作分工方案的通知", "issuer": "雲溪市人民政府",
          "doc_number": "雲政發〔2020〕5號", "doc_agency": "雲政發", "doc_year": 2020, "doc_serial": 5, "year": 2020},
    source="""<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8">
<title>雲溪市人民政府關於印發2020年政府工作報告重點工作分工方案的通知 - 政策文件庫</title>
<meta name="description" content="雲溪市人民政府關於印發2020年政府工作報告重點工作分工方案的通知">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">政策文件庫</a>
<form class="search-form" action="/search"><input type="text" name="q" placeholder="搜索"><button>搜索</button></form></header>
<nav class="main-nav"><a href="/">首頁</a> <a href="/policy/">政策文件</a> <a href="/news/">新聞</a> <a href="/about/">關於我們</a></nav>
<div class="breadcrumb"><a href="/">首頁</a> › <a href="/policy/">政策文件</a> › 正文</div>
<main>
<article class="post">
<h1>雲溪市人民政府關於印發2020年政府工作報告重點工作分工方案的通知</h1>
<div class="post-meta">發佈時間：2020-03-25　瀏覽次數：356</div>
<div class="post-body">
<p>雲政發〔2020〕5號</p>
<p>各縣（區）人民政府，市政府各部門：</p>
<p>　　現將《2020年政府工作報告重點工作分工方案》印發給你們，請認真抓好落實。</p>
<p>雲溪市人民政府</p>
<p>2020年3月20日</p>
<p>2020年政府工作報告重點工作分工方案</p>
<p>（一）穩定經濟增長</p>
<p>1.⟦全市生產總值增長7%左右。⟧（市發改委牽頭，市統計局配合）</p>
<p>2.⟦規模以上工業增加值增長8%。⟧（市工信局牽頭，各縣（區）政府配合）</p>
<p>3.⟦固定資產投資增長10%。⟧（市發改委牽頭，市級各有關部門按職責分工負責）</p>
<p>4.⟦社會消費品零售總額增長9%。⟧（市商務局牽頭）</p>
<p>（二）推進城鄉建設</p>
<p>5.⟦新建城市道路20公里。⟧（市住建局牽頭，市自然資源局、市交通運輸局配合）</p>
<p>6.⟦完成棚戶區改造3000戶。⟧（市住建局負責）</p>
<p>7.⟦新增城市綠地面積100公頃。⟧（市林業局牽頭，市住建局等配合）</p>
<p>8.⟦實施農村人居環境整治，建成美麗鄉村示範村20個。⟧（市農業農村局牽頭，各縣（區）政府負責）</p>
<p>（三）增進民生福祉</p>
<p>9.⟦城鎮新增就業2.5萬人。⟧（市人力社保局牽頭）</p>
<p>10.⟦新建公辦幼兒園10所。⟧（市教育局牽頭，市發改委、市財政局配合）</p>
<p>11.⟦建成市婦幼保健院新院。⟧（市衛生健康委牽頭，市發改委配合）</p>
<p>12.⟦新增養老床位1500張。⟧（市民政局負責）</p>
</div>
<div class="share-buttons">分享到：<a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">微信</a></div>
<div class="tags">標籤：<a href="/tag/1">政府工作報告</a> <a href="/tag/2">分工方案</a></div>
</article>
<aside class="sidebar"><h3>熱門文章</h3><ul><li><a href="/p/1">關於進一步優化營商環境的若干措施</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2020 政策文件庫 版權所有 轉載請註明出處</p></footer>
<script>console.log("ok");</script>
</body></html>
""",
    tasks=[
        *under("（一）穩定經濟增長",
               task("1", lead="市發改委", coop="市統計局"),
               task("2", lead="市工信局", coop="各縣（區）政府"),
               task("3", lead="市發改委", coop="市級各有關部門"),
               task("4", lead="市商務局")),
        *under("（二）推進城鄉建設",
               task("5", lead="市住建局", coop="市自然資源局|市交通運輸局"),
               task("6", resp="市住建局"),
               task("7", lead="市林業局", coop="市住建局", open=True),
               task("8", lead="市農業農村局", coop="各縣（區）政府")),
        *under("（三）增進民生福祉",
               task("9", lead="市人力社保局"),
               task("10", lead="市教育局", coop="市發改委|市財政局"),
               task("11", lead="市衛生健康委", coop="市發改委"),
               task("12", resp="市民政局")),
    ],
)

QIAOTOU = Doc(
    id="qiaotou-2019", fmt="html", encoding="utf-8",
    meta={"title": "桥头镇人民政府关于印发2019年镇政府工作报告重点任务分解的通知", "issuer": "桥头镇人民政府",
          "doc_number": "桥政发〔2019〕2号", "doc_agency": "桥政发", "doc_year": 2019, "doc_serial": 2, "year": 2019},
    source="""<html><head><meta charset="utf-8"><title>桥头镇人民政府关于印发2019年镇政府工作报告重点任务分解的通知</title>
""" + _HEAD_FURNITURE + """<div class="location">您所在的位置：<a href="/">首页</a> &gt;&gt; <a href="/tzgg/">通知公告</a></div>
<div class="main_content">
<div class="art_title">桥头镇人民政府关于印发2019年镇政府工作报告重点任务分解的通知</div>
<div class="art_info">发布日期：2019-02-25&ensp;&ensp;信息来源：镇党政办&ensp;&ensp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="art_body">
<p>桥政发〔2019〕2号</p>
<p>各村（社区）、镇直各单位：<br/>&ensp;&ensp;现将《2019年镇政府工作报告重点任务分解》印发给你们，请认真组织实施。</p>
<p align="right">桥头镇人民政府<br/>2019年2月22日</p>
<p align="center"><b>2019年镇政府工作报告重点任务分解</b></p>
<p>一、产业发展<br/>
1.⟦完成工业总产值65亿元，增长8%。⟧<br/>
<span>责任领导：镇长 方振宇</span><br/>
<span>责任单位：经济发展办、招商办</span><br/>
2.⟦新引进投资千万元以上项目8个。⟧<br/>
责任领导：副镇长 何晓东<br/>
责任单位：招商办、经济发展办、各村（社区）<br/>
3.⟦新增家庭农场、农民合作社10家。⟧<br/>
责任领导：副镇长 何晓东<br/>
责任单位：农业综合服务中心</p>
<p>二、城镇建设<br/>
4.⟦完成集镇主干道提升改造2.5公里。⟧<br/>
责任领导：副镇长 梁红<br/>
责任单位：村镇建设办、城管中队<br/>
5.⟦建成镇污水处理站二期。⟧<br/>
责任领导：副镇长 梁红<br/>
责任单位：村镇建设办、环保办<br/>
6.⟦实施美丽乡村建设，打造精品示范村3个。⟧<br/>
责任领导：副镇长 梁红、副镇长 何晓东<br/>
责任单位：村镇建设办、农业综合服务中心、相关村等</p>
<p>三、社会事业<br/>
7.⟦新建村级日间照料中心4个。⟧<br/>
责任领导：副镇长 郑敏<br/>
责任单位：民政办、各村（社区）<br/>
8.⟦城乡居民基本医疗保险参保率达到98%以上。⟧<br/>
责任领导：副镇长 郑敏<br/>
责任单位：社会事务办、卫生院<br/>
9.⟦开展“平安桥头”创建活动。⟧<br/>
责任领导：党委委员 沈涛<br/>
责任单位：综治办、派出所、司法所<br/>
10.⟦实施农村饮水安全提升工程，惠及群众4200人。⟧<br/>
责任领导：副镇长 郑敏<br/>
责任单位：水利站、各村（社区）</p>
</div></div>
""" + _FOOT_FURNITURE,
    tasks=[
        *under("一、产业发展",
               task("1", L="方振宇", resp="经济发展办|招商办"),
               task("2", L="何晓东", resp="招商办|经济发展办|各村（社区）"),
               task("3", L="何晓东", resp="农业综合服务中心")),
        *under("二、城镇建设",
               task("4", L="梁红", resp="村镇建设办|城管中队"),
               task("5", L="梁红", resp="村镇建设办|环保办"),
               task("6", L="梁红|何晓东", resp="村镇建设办|农业综合服务中心|相关村", open=True)),
        *under("三、社会事业",
               task("7", L="郑敏", resp="民政办|各村（社区）"),
               task("8", L="郑敏", resp="社会事务办|卫生院"),
               task("9", L="沈涛", resp="综治办|派出所|司法所"),
               task("10", L="郑敏", resp="水利站|各村（社区）")),
    ],
)

HEXI = Doc(
    id="hexi-2022", fmt="docx", encoding=None,
    meta={"title": "河西市人民政府办公室关于印发2022年市政府重点工作任务分工的通知", "issuer": "河西市人民政府办公室",
          "doc_number": "河政办发〔2022〕11号", "doc_agency": "河政办发", "doc_year": 2022, "doc_serial": 11,
          "year": 2022},
    docx_title="河西市人民政府办公室关于印发2022年市政府重点工作任务分工的通知",
    source=[
        "河西市人民政府办公室文件",
        "河政办发〔2022〕11号",
        "河西市人民政府办公室关于印发2022年市政府重点工作任务分工的通知",
        "各区人民政府，市政府各部门：",
        "　　经市政府同意，现将《2022年市政府重点工作任务分工》印发给你们，请认真贯彻执行。",
        "河西市人民政府办公室",
        "2022年3月1日",
        "2022年市政府重点工作任务分工",
        "(一)孙志强市长负责",
        "1.⟦全市地区生产总值增长6.5%以上。⟧",
        "牵头单位：市发展和改革委员会",
        "配合单位：市统计局",
        "2.⟦完成市级机构改革后续工作。⟧",
        "牵头单位：市委编办",
        "配合单位：市司法局、市人力资源和社会保障局",
        "3.⟦推进市政府数字化转型，建成城市大脑二期。⟧",
        "牵头单位：市大数据局",
        "配合单位：市公安局、市交通运输局、市卫生健康委员会",
        "(二)李红梅副市长负责",
        "4.⟦新建保障性租赁住房3000套。⟧",
        "牵头单位：市住房和城乡建设局",
        "配合单位：各区人民政府",
        "5.⟦完成老旧小区改造40个。⟧",
        "牵头单位：市住房和城乡建设局",
        "配合单位：市财政局、各区人民政府",
        "6.⟦新增城市绿道50公里。⟧",
        "牵头单位：市园林局",
        "(三)张国华副市长负责(马晓东副秘书长协助)",
        "7.⟦粮食总产量稳定在80万吨以上。⟧",
        "牵头单位：市农业农村局",
        "配合单位：市粮食和物资储备局",
        "8.⟦创建省级现代农业园区2个。⟧",
        "牵头单位：市农业农村局",
        "配合单位：市财政局、市自然资源局",
        "9.⟦治理水土流失面积120平方公里。⟧",
        "牵头单位：市水利局",
        "配合单位：市林业局等",
        "10.⟦农村生活污水治理覆盖率达到85%。⟧",
        "牵头单位：市生态环境局",
        "配合单位：市住房和城乡建设局、市农业农村局、各区人民政府",
        "(四)陈静副市长负责",
        "11.⟦新增城镇就业4.2万人。⟧",
        "牵头单位：市人力资源和社会保障局",
        "12.⟦建成“15分钟健身圈”社区30个。⟧",
        "牵头单位：市体育局",
        "配合单位：各区人民政府",
        "13.⟦新建、改扩建中小学和幼儿园15所。⟧",
        "牵头单位：市教育局",
        "配合单位：市发展和改革委员会、市自然资源局、各区人民政府",
        "14.⟦开展“健康河西”行动，居民健康素养水平达到30%。⟧",
        "牵头单位：市卫生健康委员会",
    ],
    tasks=[
        *under("(一)孙志强市长负责",
               task("1", L="孙志强", lead="市发展和改革委员会", coop="市统计局"),
               task("2", L="孙志强", lead="市委编办", coop="市司法局|市人力资源和社会保障局"),
               task("3", L="孙志强", lead="市大数据局", coop="市公安局|市交通运输局|市卫生健康委员会")),
        *under("(二)李红梅副市长负责",
               task("4", L="李红梅", lead="市住房和城乡建设局", coop="各区人民政府"),
               task("5", L="李红梅", lead="市住房和城乡建设局", coop="市财政局|各区人民政府"),
               task("6", L="李红梅", lead="市园林局")),
        *under("(三)张国华副市长负责(马晓东副秘书长协助)",
               task("7", L="张国华", A="马晓东", lead="市农业农村局", coop="市粮食和物资储备局"),
               task("8", L="张国华", A="马晓东", lead="市农业农村局", coop="市财政局|市自然资源局"),
               task("9", L="张国华", A="马晓东", lead="市水利局", coop="市林业局", open=True),
               task("10", L="张国华", A="马晓东", lead="市生态环境局",
                    coop="市住房和城乡建设局|市农业农村局|各区人民政府")),
        *under("(四)陈静副市长负责",
               task("11", L="陈静", lead="市人力资源和社会保障局"),
               task("12", L="陈静", lead="市体育局", coop="各区人民政府"),
               task("13", L="陈静", lead="市教育局", coop="市发展和改革委员会|市自然资源局|各区人民政府"),
               task("14", L="陈静", lead="市卫生健康委员会")),
    ],
)

XIANGYANG = Doc(
    id="xiangyang-2023", fmt="docx", encoding=None,
    meta={"title": "向阳县人民政府办公室关于印发2023年县政府重点工作责任清单的通知",
          "issuer": "向阳县人民政府办公室", "doc_number": "向政办〔2023〕9号", "doc_agency": "向政办",
          "doc_year": 2023, "doc_serial": 9, "year": 2023},
    docx_title=None,
    source=[
        "向阳县人民政府办公室关于印发2023年县政府重点工作责任清单的通知",
        "向政办〔2023〕9号",
        "各乡镇人民政府，县直各单位：",
        ("　　《2023年县政府重点工作责任清单》已经县政府第12次常务会议研究同意，现印发给你们。清单中列第一位的责任单位为牵头单位，"
         "请牵头单位会同配合单位抓好落实。"),
        "向阳县人民政府办公室",
        "2023年3月10日",
        "2023年县政府重点工作责任清单",
        Table(
            header=["序号", "工作任务", "责任领导", "责任单位", "完成时间"],
            rows=[
                "一、项目建设",
                ["1", "⟦实施县级重点项目85个，完成年度投资120亿元。⟧", "郭振华", "县发改局、县财政局、县自然资源局", "12月底"],
                ["2", "⟦开工建设向阳大道东延工程。⟧", None, "县交通运输局、县住建局", "6月底"],
                ["3", "⟦完成县城棚户区改造1200户。⟧", None, "县住建局、城关镇", "11月底"],
                "二、产业发展",
                ["4", "⟦新培育规上工业企业15家。⟧", "何丽娟", "县工信局、县统计局", "12月底"],
                ["5", "⟦推进向阳工业园创建省级开发区。⟧", None, "县工业园管委会、县发改局、县商务局", "12月底"],
                ["6", "⟦新建设施农业基地3000亩。⟧", None, "县农业农村局、各乡镇", "10月底"],
                "三、社会民生",
                ["7", "⟦城镇新增就业1800人。⟧", "罗建英", "县人社局", "12月底"],
                ["8", "⟦新建乡镇综合文化站4个。⟧", None, "县文旅局、有关乡镇", "12月底"],
                ["9", "⟦完成县医院胸痛中心建设。⟧", None, "县卫健局", "9月底"],
                ["10", "⟦开展城乡环境综合整治，创建省级卫生乡镇2个。⟧", None, "县卫健局、县住建局、县农业农村局等", "12月底"],
                "四、安全稳定",
                ["11", "⟦开展安全生产专项整治三年行动。⟧", "郭振华、罗建英", "县应急管理局、县直有关部门", "12月底"],
                ["12", "⟦化解信访积案20件。⟧", "县政府分管领导", "县信访局", "12月底"],
            ],
        ),
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
    ],
    tasks=[
        *under("一、项目建设",
               task("1", L="郭振华", lead="县发改局", coop="县财政局|县自然资源局"),
               task("2", L="郭振华", lead="县交通运输局", coop="县住建局"),
               task("3", L="郭振华", lead="县住建局", coop="城关镇")),
        *under("二、产业发展",
               task("4", L="何丽娟", lead="县工信局", coop="县统计局"),
               task("5", L="何丽娟", lead="县工业园管委会", coop="县发改局|县商务局"),
               task("6", L="何丽娟", lead="县农业农村局", coop="各乡镇")),
        *under("三、社会民生",
               task("7", L="罗建英", lead="县人社局"),
               task("8", L="罗建英", lead="县文旅局", coop="有关乡镇"),
               task("9", L="罗建英", lead="县卫健局"),
               task("10", L="罗建英", lead="县卫健局", coop="县住建局|县农业农村局", open=True)),
        *under("四、安全稳定",
               task("11", L="郭振华|罗建英", lead="县应急管理局", coop="县直有关部门"),
               task("12", L="县政府分管领导", lead="县信访局")),
    ],
)
