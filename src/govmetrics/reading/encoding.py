"""Which codec the bytes of a text file are in, and decoding them piece by piece.

charset-normalizer detects the codec of bytes that are not plainly UTF-8; among the
candidates it rates alike, the one whose reading looks most like a Chinese document wins,
and a warning says when the choice is not clear (`choose`).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ReadError
from ..lexicon import compiled

# Codecs to prefer, in order, among candidates the detector rates alike: the documents
# are Chinese, so a short GBK text that also decodes as Korean cp949 is GBK.
_PREFERRED = ("utf_8", "ascii", "gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be", "utf_32")
# A codec detected on a sample is widened to its superset, so that a rarer character
# later in the file still decodes (a page declared gb2312 often holds GB18030 characters).
_SUPERSETS = {"ascii": "utf_8", "gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030"}
# How much of a large file the detector looks at (cut at a line end), and the size of
# the pieces a text file is decoded in.
SAMPLE = 1 << 20
_CHUNK = 1 << 20
_PLAUSIBLE = compiled.compile(  # runs of them (box drawings too: a PDF table's borders), not every character
    "[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e\u2000-\u206f\u2160-\u217f\u2460-\u24ff\u2500-\u25ff"
    "\u0020-\u007e\u00a0\t\r\n]+")
_RIVAL_CHAOS = 0.1  # how much messier than the chosen reading a rival may be
BOMS = ((codecs.BOM_UTF32_LE, "utf_32_le"), (codecs.BOM_UTF32_BE, "utf_32_be"), (codecs.BOM_UTF8, "utf_8"),
         (codecs.BOM_UTF16_LE, "utf_16_le"), (codecs.BOM_UTF16_BE, "utf_16_be"))


def sample(data: bytes) -> bytes:
    if len(data) < SAMPLE:
        return data
    cut = data.rfind(b"\n", 0, SAMPLE)
    if cut <= 0:
        return data[:SAMPLE]
    return data[: cut + 2] if data[cut + 1:cut + 2] == b"\x00" else data[: cut + 1]


def choose(data: bytes, name: str) -> tuple[str, int, list[str]]:
    """(codec, BOM length, warnings) for bytes of text, detected by charset-normalizer.

    Among the candidates the detector rates alike (chaos within 0.2 of the best), the
    one whose reading looks most like a Chinese document wins (then the usual codec for
    Chinese). A warning says when another reading was close (one of another family about
    as clean as the chosen one: chaos within 0.1; a GB file's Japanese or Korean reading is
    messier), when the text still looks garbled, or when the detector found nothing and a
    usual codec was tried instead.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom), []
    head = sample(data)
    if not head.isascii() and b"\x00" not in head:
        # Text in another Chinese codec (GB18030, Big5) almost never decodes as UTF-8: its
        # multi-byte sequences break UTF-8's rules within a few characters. So bytes beyond
        # ASCII that decode need no detector (most files are UTF-8, and it was most of the
        # time it takes to read one); only whether the text looks Chinese is still checked.
        try:
            reading = head.decode("utf_8")
        except UnicodeDecodeError:
            pass
        else:
            return "utf_8", 0, _warnings(name, "utf_8", [], _plausible(reading[:20000]))
    import charset_normalizer  # only for text that is not UTF-8: most files never load it

    results = list(charset_normalizer.from_bytes(head))
    reasons = []
    if results:
        best = min(r.chaos for r in results)
        near = [r for r in results if r.chaos <= best + 0.2]
        rank = {c: i for i, c in enumerate(_PREFERRED)}
        scored = [(r, _plausible(str(r)[:20000])) for r in near]
        chosen, score = max(scored, key=lambda rs: (round(rs[1], 2), -rank.get(rs[0].encoding, len(rank))))
        codec = chosen.encoding
        family = set(chosen.could_be_from_charset)
        rivals = [r.encoding for r in near if not family & set(r.could_be_from_charset)
                  and r.chaos <= chosen.chaos + _RIVAL_CHAOS]
        if rivals:
            reasons.append(f"it also reads as {', '.join(rivals)}")
    else:
        codec, reading = _fallback(head, name)
        score = _plausible(reading[:20000])
        reasons.append("the detector found no encoding")
    return _SUPERSETS.get(codec, codec), 0, _warnings(name, codec, reasons, score)


def _warnings(name: str, codec: str, reasons: list[str], score: float) -> list[str]:
    """The warning on a guessed encoding: `reasons` for doubt, and a text that does not look
    Chinese (`_plausible` below 0.9)."""
    if score < 0.9:
        reasons = [*reasons, "the result does not look like Chinese text"]
    if not reasons:
        return []
    return [f"{name}: encoding guessed as {codec} with low confidence ({'; '.join(reasons)}); "
            "the text may be garbled: give the file as UTF-8"]


def _fallback(sample: bytes, name: str) -> tuple[str, str]:
    """The first codec usual for Chinese that decodes the sample, when the detector gives up."""
    for codec in ("utf_8", "gb18030", "big5"):
        try:
            return codec, sample.decode(codec)
        except UnicodeDecodeError:
            continue
    raise ReadError(name, _undecodable(sample))


def _plausible(text: str) -> float:
    """Share of characters a Chinese document is made of (ideographs, CJK and ASCII
    punctuation, full-width forms, digits and letters); mojibake scores low."""
    if not text:
        return 0.0
    return sum(map(len, _PLAUSIBLE.findall(text))) / len(text)


def _undecodable(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"undecodable bytes: no text encoding fits (as UTF-8, byte {e.start} is invalid)"
    return "undecodable bytes: no text encoding fits"


def decode(data: bytes, name: str) -> tuple[str, str, int, list[str]]:
    """Bytes of text → (text, codec, BOM length, warnings); raises ReadError."""
    codec, bom, warnings = choose(data, name)
    return decode_chunks(chunks(data, bom), codec, bom, name), codec, bom, warnings


def chunks(data: bytes, start: int) -> Iterator[bytes]:
    for i in range(start, len(data), _CHUNK):
        yield data[i:i + _CHUNK]


def file_chunks(path: Path, start: int) -> Iterator[bytes]:
    with path.open("rb") as f:
        f.seek(start)
        while chunk := f.read(_CHUNK):
            yield chunk


def decode_chunks(chunks: Iterable[bytes], codec: str, bom: int, name: str) -> str:
    """Decode piece by piece: decoding 50 MB at once would briefly take four times its size."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    pieces = []
    consumed = bom
    for chunk in chunks:
        held = len(decoder.getstate()[0])
        try:
            pieces.append(decoder.decode(chunk))
        except UnicodeDecodeError as e:
            raise ReadError(name, f"undecodable bytes at byte {consumed - held + e.start} (read as {codec})") from None
        consumed += len(chunk)
    try:
        pieces.append(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        raise ReadError(name, f"undecodable bytes: the file ends inside a character (read as {codec})") from None
    return "".join(pieces)


def byte_codec(codec: str) -> str:
    """A codec that encodes without writing a BOM (for counting bytes)."""
    return {"utf_16": "utf_16_le", "utf_32": "utf_32_le", "utf_8_sig": "utf_8"}.get(codec, codec)
