"""The spaCy Chinese `Language` that segments with pkuseg, the fetched model and the genre's user dictionary.

Loading the pkuseg model takes a few seconds (docs/model.md), so the segmenter is
loaded once per process and shared: every `blank_nlp()` is a new, cheap `Language`
whose tokenizer uses the same segmenter, and `load_tokenizer()` is one cached
`Language`. The user dictionary `data/user_dict.txt` (one term a line) holds the
genre's terms that pkuseg splits wrongly: responsibility labels (牵头单位), unit
names (民政局, 发展改革委), units (个百分点, 户次) and terms (规上, 高标准农田). pkuseg
always cuts a dictionary term out as one token, so a term must never occur inside
other words; single-character measure words are therefore not in it.

A missing or damaged model raises `ModelError` naming `govmetrics model fetch`,
never an error from inside spaCy.
"""

from __future__ import annotations

import contextlib
import io
from functools import cache
from pathlib import Path

import spacy
import spacy_pkuseg
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language

from ..errors import ModelError
from ..lexicon import data_path
from . import segmentation

USER_DICT = "user_dict.txt"


def user_dict_path() -> str:
    """Path of the shipped pkuseg user dictionary."""
    return data_path(USER_DICT)


def user_dict_words() -> list[str]:
    """The terms of the shipped user dictionary, in file order."""
    with open(user_dict_path(), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def blank_nlp(model: str | Path | None = None, *, user_dict: bool = True) -> Language:
    """A new Chinese `Language` with no components whose tokenizer segments with pkuseg.

    `model` is a pkuseg model folder; by default the fetched model (checked, see
    `govmetrics model info`). `user_dict=False` leaves out the genre dictionary. The
    segmenter is loaded on the first call for each (model, user_dict) and shared after.
    Its config names the model and dictionary, so `nlp.initialize()` rebuilds the same.
    """
    path = segmentation.require_model() if model is None else Path(model)
    user_dict_arg = user_dict_path() if user_dict else "default"
    nlp = spacy.blank(
        "zh",
        config={
            "nlp": {"tokenizer": {"segmenter": "pkuseg"}},
            "initialize": {"tokenizer": {"pkuseg_model": str(path), "pkuseg_user_dict": user_dict_arg}},
        },
    )
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, ChineseTokenizer)
    tokenizer.pkuseg_seg = _segmenter(str(path), user_dict_arg)
    return nlp


@cache
def load_tokenizer() -> Language:
    """The cached `blank_nlp()`: the fetched model with the user dictionary."""
    return blank_nlp()


@cache
def _segmenter(model: str, user_dict: str) -> spacy_pkuseg.pkuseg:
    """Load pkuseg from the folder `model` (the slow step), as spaCy's tokenizer would."""
    try:
        # spacy-pkuseg prints a warning when it reads features.pkl rather than features.msgpack;
        # the pkl form is the one we keep on purpose (faster to load).
        with contextlib.redirect_stderr(io.StringIO()):
            return spacy_pkuseg.pkuseg(model, user_dict=user_dict)
    except Exception as e:  # any failure to read the files means the model is unusable
        raise ModelError(
            f"cannot load the pkuseg segmentation model from {model}: {type(e).__name__}: {e}; "
            f"`{segmentation.FETCH_COMMAND}` installs a checked copy of the default model "
            f"(`govmetrics model info --verify` checks it)"
        ) from e
