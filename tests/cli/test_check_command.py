"""``lantern check``: problems and exit 1, or a summary and exit 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.course_package.packages import COURSE, FIRST, tiny_package, zipped

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-course"


def test_check_summarises_a_valid_package(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("How the Web works\n")
    assert "What happens when you open a page" in out
    assert "(free preview)" in out
    assert "assessed, 4 questions" in out
    assert "5 lessons, 12 questions, 4 images, 1 video, 1 sound, 1 PDF, 1 achievement" in out
    assert len(out.splitlines()) <= 24, "the summary fits on one screen"


def test_check_lists_every_problem_as_file_line_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "broken.zip"
    archive.write_bytes(
        zipped(
            tiny_package(
                {
                    "course.toml": COURSE.replace('"beginner"', '"expert"'),
                    "first.md": FIRST.replace('correct = "a"', 'correct = "z"'),
                }
            )
        )
    )
    assert main(["check", str(archive)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("course.toml:3: 'difficulty' of the course is 'expert'")
    assert lines[1].startswith("first.md:14: 'correct' of question 'q1' names 'z'")
    assert lines[-1] == f"2 problems in {archive}; nothing was imported or published."


def test_lantern_check_runs_as_a_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "check", str(ROOT / "no-such-package")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "no-such-package: does not exist." in done.stdout


def test_names_with_control_characters_cannot_repaint_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A zip member named with an escape sequence (clear the screen, then a
    fake "all good") is shown with the sequence written out, not obeyed."""
    archive = tmp_path / "hostile.zip"
    archive.write_bytes(
        zipped(tiny_package({"images/\x1b[2J\x1b[Hall good\u202e.png": b"\x89PNG\r\n\x1a\n"}))
    )
    assert main(["check", str(archive)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "images/\\x1b[2J\\x1b[Hall good\\u202e.png: a name holds a character" in out


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    # `lantern check broken | head -1`: the rest of the output has nowhere to go
    lines = "".join(f"![](missing-{i}.png)\n" for i in range(3000))  # more than a pipe holds
    folder = tmp_path / "package"
    folder.mkdir()
    for name, text in tiny_package({"first.md": FIRST + lines}).items():
        if text is not None:
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            data = text.encode() if isinstance(text, str) else text
            (folder / name).write_bytes(data)
    command = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "check", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert command.stdout is not None
    assert b"missing-" in command.stdout.readline()
    command.stdout.close()  # as head does
    _, said = command.communicate(timeout=60)
    assert command.returncode == 141, said
    assert said == b""  # no "cannot use its data folder: Broken pipe", no traceback
