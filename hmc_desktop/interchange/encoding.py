"""Which encoding an import file is in: decided for the whole file with certainty, or refused.

CONTRACT: UTF-8, UTF-8 with BOM, or Windows-1252 (Swedish Excel exports). Guessing wrong
stores mojibake: a UTF-8 file with one bad byte read as Windows-1252 becomes "Ã…sa Ã–berg"
on every line, and a file pasted together from both is wrong either way. So:

* a byte-order mark says UTF-8 (or UTF-16, which is refused with what to do);
* text that is valid UTF-8 is UTF-8;
* text with UTF-8 sequences (Å as C3 85 …) *and* bytes that are not UTF-8 is mixed: refused,
  naming the line of the first bad byte;
* text whose non-ASCII bytes form no UTF-8 sequence at all is Windows-1252 — unless it holds
  one of the five bytes Windows-1252 leaves undefined (refused, with its line);
* NUL bytes belong to no text file of ours (UTF-16 without a mark, a binary file): refused.

:func:`decode` raises :class:`EncodingProblem` with the sentence; the reader adds the file name.
"""

import codecs
import re

_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


class EncodingProblem(Exception):
    """The file's text cannot be decoded with certainty; ``str()`` is the reason."""


def line_of(data: bytes, offset: int) -> int:
    """The 1-based line number of the byte at ``offset``."""
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and its encoding name ('utf-8-sig', 'utf-8' or 'cp1252')."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise EncodingProblem("is UTF-16 text; save it as UTF-8 (or Windows-1252) and import "
                              "it again")
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8):]
        try:
            return _no_nul(body.decode("utf-8"), body), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise EncodingProblem(
                f"line {line_of(body, err.start)}: byte 0x{body[err.start]:02X} is not UTF-8, "
                "though the file starts with a UTF-8 byte-order mark (mixed encodings?)"
            ) from None
    _no_nul("", data)  # a binary file: said as such, before any byte is called un-UTF-8
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        bad = err.start
    if _has_utf8_sequence(data):
        raise EncodingProblem(
            f"line {line_of(data, bad)}: byte 0x{data[bad]:02X} is not UTF-8, though other "
            "lines are: the file mixes encodings; save it again as UTF-8")
    undefined = _CP1252_UNDEFINED.search(data)
    if undefined is not None:
        raise EncodingProblem(
            f"line {line_of(data, undefined.start())}: byte 0x{data[undefined.start()]:02X} is "
            "neither UTF-8 nor Windows-1252 text")
    return data.decode("cp1252"), "cp1252"


def _has_utf8_sequence(data: bytes) -> bool:
    """Whether any non-ASCII bytes of ``data`` form UTF-8 sequences (Å as C3 85 …).

    Decoded with surrogate escapes, the bytes that are no UTF-8 become lone surrogates
    and everything else real characters; encoding back to ASCII with surrogate escapes
    then succeeds exactly when no real non-ASCII character is there. Both steps run in C
    (a regular expression over a 150,000-row file took a third of a second).
    """
    try:
        data.decode("utf-8", "surrogateescape").encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return True
    return False


def _no_nul(text: str, data: bytes) -> str:
    at = data.find(b"\x00")
    if at >= 0:
        raise EncodingProblem(f"line {line_of(data, at)}: a NUL byte; this is not a text file "
                              "(UTF-16 without a byte-order mark, or not text at all)")
    return text
