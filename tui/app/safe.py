"""Make untrusted text safe to show: every character displayed, none interpreted.

Article text, names and titles come from files anyone can write. They reach the screen only
as ``rich.text.Text`` built with ``Text.append`` (never as markup), and after ``clean`` has
replaced the characters a terminal would act on. The replacement is one character for one, so
offsets into the article stay valid for the cleaned text.
"""

from __future__ import annotations

_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_CONTROL_PICTURES[0x7F] = 0x2421  # DEL
_REPLACEMENT = 0xFFFD
_C1 = dict.fromkeys(range(0x80, 0xA0), _REPLACEMENT)
_BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], _REPLACEMENT)
_TABLE = {**_CONTROL_PICTURES, **_C1, **_BIDI, 0x09: 0x20}


def clean(text: str) -> str:
    """Replace C0/C1 controls and bidi overrides with visible stand-ins, keeping the length.

    Newlines survive (the reader shows paragraphs); a tab becomes one space so that a column
    never shifts; ESC shows as the symbol ␛, so an escape sequence is seen and not obeyed.
    """
    return text.translate(_TABLE)


def one_line(text: str) -> str:
    """``clean`` for places that hold one line: newlines become spaces."""
    return clean(text).replace("\n", " ")
