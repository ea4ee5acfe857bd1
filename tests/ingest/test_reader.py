import io
import sys

import pytest

from tui.ingest.reader import MAX_INPUT_BYTES, IngestError, decode, read_source, title_line


def test_title_is_first_line_when_a_blank_line_follows() -> None:
    assert title_line("Big news\n\nBody text.") == "Big news"
    assert title_line("Not a title\nsame paragraph\n\nmore") is None
    assert title_line("x" * 300 + "\n\nbody") is None


def test_text_is_kept_verbatim_except_line_endings(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitre\r\n\r\nCorps du texte.".encode())
    source = read_source(path)
    assert source.text == "Titre\n\nCorps du texte."
    assert source.title == "Titre"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe\x00a", "binary"),
        (b"caf\xe9", r"not valid UTF-8 text \(byte 3\)"),
        (b"  \n\n ", "no text"),
        (b"a" * (MAX_INPUT_BYTES + 1), "the limit is"),
    ],
)
def test_bad_input_is_one_clear_error(raw: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message) as caught:
        decode(raw, "in.txt")
    assert str(caught.value).startswith("in.txt: ")
    assert "\n" not in str(caught.value)


def test_missing_file_and_directory(tmp_path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_source(tmp_path / "absent.txt")
    with pytest.raises(IngestError, match="directory"):
        read_source(tmp_path)


def test_dash_reads_standard_input(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Hello\n\nWorld.")))
    source = read_source("-")
    assert (source.title, source.name) == ("Hello", "<stdin>")
