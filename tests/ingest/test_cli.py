import subprocess
import sys

import orjson

from tests.ingest.conftest import FIXTURES
from tui.cli import main


def test_ingest_writes_beside_the_article_and_refuses_to_overwrite(
    tmp_path, capsys, rules_only
) -> None:
    article = tmp_path / "chips.txt"
    article.write_bytes((FIXTURES / "en_chips.txt").read_bytes())
    assert main(["ingest", str(article), "--outlet", "Wire", "--published", "2025-03"]) == 0
    output = tmp_path / "chips.json"
    assert str(output) in capsys.readouterr().out
    document = orjson.loads(output.read_bytes())
    assert document["article"]["outlet"] == "Wire"
    assert document["article"]["title"].startswith("Nvidia and Samsung")
    assert main(["ingest", str(article)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["ingest", str(article), "--force", "--lang", "en"]) == 0
    assert main(["validate", "--strict", str(output)]) == 0


def test_bad_input_is_one_line_without_traceback(tmp_path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    for args in (["ingest", str(tmp_path / "none.txt")], ["ingest", str(binary)]):
        done = subprocess.run(
            [sys.executable, "-m", "tui", *args], capture_output=True, text=True, check=False
        )
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_bad_date_is_reported_as_the_option(tmp_path, capsys, rules_only) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Zorblat sued Quux.", encoding="utf-8")
    assert main(["ingest", str(article), "--published", "2025-13"]) == 1
    assert capsys.readouterr().err.startswith("frenemy: --published: ")
    assert not (tmp_path / "a.json").exists()


def test_stdin_needs_an_output(tmp_path, monkeypatch, capsys) -> None:
    assert main(["ingest", "-"]) == 1
    assert "-o" in capsys.readouterr().err
