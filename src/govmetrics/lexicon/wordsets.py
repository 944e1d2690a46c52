"""Word lists from the data tables turned into fast regular expressions.

A plain alternation of a few hundred words makes the regex engine try every word at every
position; a trie-shaped pattern (common prefixes factored out) tries one branch per
character instead. Matching is longest-first, so 吨标煤 wins over 吨 and 个百分点 over 个.
"""

from __future__ import annotations

import re
from typing import Iterable

from . import compiled
from .diskcache import remember


def _trie(words: Iterable[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _pattern(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Greedy optional: the longer word is tried first, the shorter one is the fallback.
        return "(?:" + body + ")?"
    return body


def alternation(words: Iterable[str]) -> str:
    """A regex (no flags, no groups that capture) matching any of `words`, longest first."""
    unique = sorted({w for w in words if w})
    if not unique:
        return "(?!)"
    # Building the trie of a long list costs more than reading its pattern back (diskcache.py).
    return remember("words", "\0".join(unique), lambda: "(?:" + _pattern(_trie(unique)) + ")")


def compile_words(words: Iterable[str], *, before: str = "", after: str = "") -> re.Pattern[str]:
    """`alternation(words)` compiled, with optional regex text around it."""
    return compiled.compile(before + alternation(words) + after)
