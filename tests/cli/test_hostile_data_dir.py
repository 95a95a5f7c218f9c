"""A data folder Lantern cannot use is a sentence, never a traceback (issue #12, item 11).

``--data-dir`` is the one argument every account and sync command reads
files under before it asks the server anything: a file where the folder
should be, a registry of learners that is not JSON, a name longer than
the file system allows.  Each command must say which file it could not use
and leave with a non-zero code; ``--json`` callers get JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main

COMMANDS = [
    ["login", "--email", "someone@example.org"],
    ["logout"],
    ["sync"],
    ["sync", "--json"],
    ["status"],
    ["status", "--all", "--json"],
    ["download", "Python"],
    ["class", "Python"],
    ["class", "Python", "--json"],
]


def _a_file(tmp: Path) -> Path:
    (tmp / "not-a-folder").write_text("x", encoding="utf-8")
    return tmp / "not-a-folder"


def _damaged_registry(tmp: Path) -> Path:
    folder = tmp / "damaged"
    folder.mkdir()
    (folder / "learners.json").write_text("{not json", encoding="utf-8")
    return folder


def _too_long(tmp: Path) -> Path:
    return tmp / ("x" * 300)


BROKEN: dict[str, Callable[[Path], Path]] = {
    "a file": _a_file,
    "a damaged learners.json": _damaged_registry,
    "a name too long": _too_long,
}


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_an_unusable_data_folder_is_a_sentence(
    command: list[str],
    broken: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("SUPABASE_URL", raising=False)
    monkeypatch.delenv("SUPABASE_ANON_KEY", raising=False)
    data_dir = BROKEN[broken](tmp_path)
    code = main([command[0], "--data-dir", str(data_dir), *command[1:]])
    out, err = capsys.readouterr()
    assert code != 0
    if "--json" in command:
        reply = json.loads(out)
        assert reply["exit_code"] == code
        message = reply["error"]
    else:
        message = err
    assert message.strip().endswith((".", ")"))
    assert "Traceback" not in out + err
    if broken != "a file":  # (a registry under a file is simply absent: nobody signed in)
        assert "cannot use" in message or "No server is set up" in message


def test_a_damaged_registry_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SUPABASE_URL", raising=False)
    code = main(["status", "--data-dir", str(_damaged_registry(tmp_path))])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("Lantern cannot use its data: ")
    assert "damaged/learners.json is unreadable" in err
