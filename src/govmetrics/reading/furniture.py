"""Site furniture: the lines a government web page prints around a document (扫一扫, 分享到, 打印本页).

The HTML reader drops them from the text it gives; the structure stage, which reads
pages copied as plain text, ends a task at one. The words are in
`data/structure.toml` [boilerplate].
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.labels import SPACE, alternation, data, fold, words


@cache
def _furniture_re() -> re.Pattern[str]:
    return re.compile(alternation(words("boilerplate", "anywhere")))


def is_site_furniture(line: str) -> bool:
    """Whether a short line holds a word of site furniture (扫一扫, 分享到, 站点关键词).

    Only a short line counts, so a task about 二维码 stays a task.
    """
    stripped = line.strip(SPACE)
    short = len(stripped) <= data()["boilerplate"]["max_anywhere_length"]
    return short and _furniture_re().search(fold(stripped)) is not None
