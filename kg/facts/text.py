"""Reading an article's text, and refusing text whose offsets would mislead.

Evidence offsets count the code points of ``article.txt`` exactly as it is
(kg never rewrites it), so the text must be one that every tool reads alike:
UTF-8 without a byte order mark, LF line endings (browsers and many tools turn
CRLF into LF, which would shift every offset after it), Unicode NFC (the
composed letters that keyboards and fact files write: ``ü`` one code point,
not ``u`` + U+0308), and no control characters (a sign of binary data).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kg.errors import KgError
from kg.facts.model import FACTS, METADATA, TEXT

_ALLOWED_CONTROLS = frozenset("\n\t")


def read_utf8(path: Path, what: str = "") -> str:
    """A file's UTF-8 text; a missing, unreadable or non-UTF-8 file is a ``KgError`` naming it.

    ``what`` says what the file should have been, after a missing file or a folder.
    """
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise KgError(f"file not found{what}", where=path) from None
    except IsADirectoryError:
        raise KgError(f"a folder, not a file{what}", where=path) from None
    except OSError as err:
        raise KgError(f"cannot read it: {err.strerror}", where=path) from None
    except UnicodeDecodeError as err:
        raise KgError(f"not UTF-8 text ({err.reason}); save it as UTF-8", where=path) from None


def read_article_text(path: Path) -> str:
    """The text of ``article.txt``, checked; any problem names the file and line."""
    text = read_utf8(path, f"; an article folder holds {TEXT}, {METADATA} and {FACTS}")
    check_text(text, path)
    return text


def check_text(text: str, path: Path) -> None:
    """Refuse an empty text, a byte order mark, CRLF, control characters and non-NFC letters."""
    if not text.strip():
        raise KgError("the article is empty; put the article's text in it, its title on the first line", where=path)
    if text.startswith("\ufeff"):
        raise KgError(
            "the text begins with a byte order mark (U+FEFF); save it as UTF-8 without BOM", where=path, line=1
        )
    for number, line in enumerate(text.split("\n"), start=1):
        if "\r" in line:
            raise KgError(
                "a carriage return (CRLF or CR line endings); save the text with LF line endings (e.g. dos2unix), "
                "so that offsets mean the same to every tool",
                where=path,
                line=number,
            )
        control = next((c for c in line if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS), None)
        if control is not None:
            raise KgError(
                f"a control character U+{ord(control):04X}: this looks like binary data, not an article's text",
                where=path,
                line=number,
            )
        if not unicodedata.is_normalized("NFC", line):
            letter = next((c for c in unicodedata.normalize("NFC", line) if c not in line), line[:1])
            raise KgError(
                f"decomposed letters (Unicode NFD, e.g. {letter!r} written as "
                f"{' + '.join(f'U+{ord(c):04X}' for c in unicodedata.normalize('NFD', letter))}); "
                "save the text in NFC (composed letters), as fact files write them",
                where=path,
                line=number,
            )
