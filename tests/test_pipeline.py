"""The spaCy components on real sentences from the corpora: spans, extensions, config, pipe."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
from conftest import corpus_text
from spacy.language import Language
from spacy.tokens import Doc

from govmetrics.extract.targets import extract_targets
from govmetrics.nlp import components as pipeline

# Real task sentences (huzhou-2019 task 36, quzhou-2021, jinhua-2018).
TWO_ON_ONE = "力争国家级旅游度假区和5A级景区各创建1家。"
LIST = "新增二级以上幼儿园25所、学位6750个,年底前完成。"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.load(2021)


def _line(doc_id: str, needle: str) -> str:
    return next(line for line in corpus_text(doc_id).splitlines() if needle in line)


def test_the_components_are_published_through_the_spacy_entry_point() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    for name in pipeline.PIPES:
        assert found[name].startswith("govmetrics.nlp.components:")


def test_add_pipe_by_name_works_without_importing_govmetrics() -> None:
    # A plain spaCy user: a Chinese pipeline with spaCy's default (character) segmenter,
    # where a target sits inside tokens of its own; the span still covers it.
    code = (
        "import json, spacy\n"
        "nlp = spacy.blank('zh')\n"
        "nlp.add_pipe('govmetrics_targets', config={'year': 2020})\n"
        "doc = nlp('全市新增学位6750个,年底前完成')\n"
        "print(json.dumps([(s.text, s._.target.value.to_eng_string(), s._.target.deadline.due.isoformat())"
        " for s in doc.spans['targets']]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [["6750个", "6750", "2020-12-31"]]


def test_spans_carry_the_objects(nlp: Language) -> None:
    doc = nlp(LIST)
    assert [s.text for s in doc.spans["targets"]] == ["25所", "6750个"]
    assert [s._.target.indicator for s in doc.spans["targets"]] == ["二级以上幼儿园", "学位"]
    assert [s._.target.action for s in doc.spans["targets"]] == ["新增", "新增"]
    assert [s.text for s in doc.spans["deadlines"]] == ["年底前"]
    assert doc.spans["deadlines"][0]._.deadline.due.isoformat() == "2021-12-31"
    quantities = [s._.quantity.surface for s in doc.spans["quantities"]]
    assert quantities == ["二", "25所", "6750个"]
    roles = {s._.number.surface: s._.number.role for s in doc.spans["numbers"]}
    assert roles == {"二": "grade", "25所": "target", "6750个": "target"}
    assert [t.surface for t in doc._.targets] == ["25所", "6750个"]


def test_two_targets_on_one_surface_stay_two(nlp: Language) -> None:
    sentence = _line("huzhou-2019", "各创建1家")
    doc = nlp(sentence)
    on_surface = [s for s in doc.spans["targets"] if s.text == "1家"]
    assert len(on_surface) == 2
    assert [s._.target.indicator for s in on_surface] == ["国家级旅游度假区", "5A级景区"]


def test_a_target_inside_a_token_gets_the_token_span(nlp: Language) -> None:
    doc = nlp("年内完成投资3.13万亿元")
    (span,) = doc.spans["targets"]
    target = span._.target
    assert span.start_char <= target.start < target.end <= span.end_char
    assert doc.text[target.start:target.end] == target.surface == "3.13万亿元"


def test_offsets_match_the_pure_function_on_corpus_lines(nlp: Language) -> None:
    lines = [line for line in corpus_text("jinhua-2018").splitlines() if any(c.isdigit() for c in line)][:40]
    for doc, line in zip(nlp.pipe(lines), lines, strict=True):
        expected = [(t.start, t.end, t.value) for t in extract_targets(line, year=2021)]
        assert [(t.start, t.end, t.value) for t in doc._.targets] == expected
        for span in doc.spans["targets"]:
            assert span.start_char <= span._.target.start and span._.target.end <= span.end_char


def test_year_config_resolves_relative_deadlines() -> None:
    nlp = pipeline.add_pipes(Language(), year=2019)
    doc = nlp("6月底前完成")
    assert doc._.deadlines[0].due.isoformat() == "2019-06-30"


def test_load_is_cached_per_year(nlp: Language) -> None:
    assert pipeline.load(2021) is nlp
    assert pipeline.load(2020) is not nlp
    assert pipeline.load(2020).pipe_names == list(pipeline.PIPES)


def test_components_pickle_and_docs_survive_serialization(nlp: Language) -> None:
    for name in pipeline.PIPES:
        clone = pickle.loads(pickle.dumps(nlp.get_pipe(name)))
        assert type(clone) is type(nlp.get_pipe(name))
    doc = nlp(TWO_ON_ONE)
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s._.target for s in back.spans["targets"]] == [s._.target for s in doc.spans["targets"]]


def test_pipe_with_two_processes_gives_the_same_docs(nlp: Language) -> None:
    lines = [line for line in corpus_text("quzhou-2021").splitlines() if line.strip()][:200]
    single = [d._.targets for d in nlp.pipe(lines)]
    multi = [d._.targets for d in nlp.pipe(lines, n_process=2, batch_size=8)]
    assert multi == single
    assert sum(map(len, single)) > 10
