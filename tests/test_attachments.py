"""A notice whose work stands in its attachments (layouts §4): a task table whose task column
has a name the header map does not know, a contact list (联络员名单) and a form to fill in
(进展情况表). Only the task table gives tasks; the contact list's phones and the form's
pre-filled names give nothing. Each table is read as text with tabs, as a Word table and as
an HTML table. Every sentence here is our own."""

from __future__ import annotations

import pytest
from formats import docx_file, html_page

import govmetrics

PROJECTS = ("附件2 桐溪区2024年背街小巷整治项目清单",
            ["序号", "街巷名称", "所在街道", "整治内容", "责任单位", "计划完工时间"], [
                ["1", "槐荫巷", "北关街道", "整治路面1.6公里，新增停车位80个", "北关街道办事处、区住建局", "8月底前"],
                ["2", "井栏街", "南塘街道", "改造雨污管网0.9公里", "南塘街道办事处、区城管局", "10月底前"]])
CONTACTS = ("附件3 项目联络员名单", ["序号", "单位", "姓名", "职务", "办公电话", "手机"], [
    ["1", "区住建局", "温照临", "城建科科长", "6628014", "13907231568"],
    ["2", "区城管局", "石闻溪", "市政科副科长", "6628532", "15870126643"]])
FORM = ("附件4 整治项目进展情况表", ["序号", "项目名称", "年度目标", "1—6月完成情况", "完成率（%）", "备注"], [
    ["1", "背街小巷整治", "", "", "", ""],
    ["2", "雨污管网改造", "", "", "", ""]])
TABLES = (PROJECTS, CONTACTS, FORM)


def _text() -> bytes:
    parts = ["桐溪区人民政府办公室关于印发2024年背街小巷整治工作方案的通知\n"]
    for title, header, rows in TABLES:
        parts.append("\n" + title + "\n" + "\n".join("\t".join(r) for r in [header, *rows]) + "\n")
    return "".join(parts).encode("utf-8")


def _word() -> bytes:
    import docx

    from formats import _docx_table

    document = docx.Document()
    document.add_paragraph("桐溪区人民政府办公室关于印发2024年背街小巷整治工作方案的通知")
    for title, header, rows in TABLES:
        document.add_paragraph(title)
        _docx_table(document, [header, *rows], [])
    import io

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _html() -> bytes:
    pages = [html_page(title, [header, *rows], []) for title, header, rows in TABLES]
    bodies = [p.split("<body>")[1].split("</body>")[0] for p in pages]
    return ("<html><head><meta charset='utf-8'><title>通知</title></head><body>"
            "<p>桐溪区人民政府办公室关于印发2024年背街小巷整治工作方案的通知</p>"
            + "".join(bodies) + "</body></html>").encode("utf-8")


@pytest.mark.parametrize("name, make", [("notice.txt", _text), ("notice.docx", _word), ("notice.html", _html)])
def test_only_the_task_table_of_the_attachments_gives_tasks(name: str, make) -> None:
    doc = govmetrics.read(make(), name=name, year=2024)
    assert [(t.number, t.text.split("\t")[0].split("\n")[0][:3], t.responsible_units) for t in doc.tasks] == [
        ("1", "槐荫巷", ("北关街道办事处", "区住建局")), ("2", "井栏街", ("南塘街道办事处", "区城管局"))]
    assert [t.surface for _, t in doc.targets()] == ["1.6公里", "80个", "0.9公里"]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == ["8月底前", "10月底前"]


def test_the_rows_of_a_contact_list_are_no_tasks_even_where_items_are_numbered() -> None:
    """The contact list alone, under a list of numbered tasks: its rows add no task to them."""
    text = ("1.新建口袋公园3个。（牵头单位：区城管局）\n\n附件 联络员名单\n"
            + "\n".join("\t".join(r) for r in [CONTACTS[1], *CONTACTS[2]]) + "\n")
    doc = govmetrics.parse_document(text, year=2024)
    assert [(t.number, t.lead_units) for t in doc.tasks] == [("1", ("区城管局",))]
    assert [t.surface for _, t in doc.targets()] == ["3个"]
