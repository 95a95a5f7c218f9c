"""``lantern deliver`` words why a file is not saved work from SavedWorkError's code."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from desktop.cli import saved_work
from desktop.protocol import work
from tests.protocol.saved_work_cases import CASES, FILE_CASES


@pytest.mark.parametrize(("text", "_code", "_detail", "words"), CASES)
def test_each_problem_of_a_file_is_worded_from_its_code(
    text: str, _code: str, _detail: dict[str, int | str], words: str
) -> None:
    with pytest.raises(work.SavedWorkError) as caught:
        work.loads(text)
    assert saved_work.unreadable(caught.value) == words


@pytest.mark.parametrize(("code", "words"), FILE_CASES)
def test_a_file_refused_before_reading_is_worded_too(code: str, words: str) -> None:
    assert saved_work.unreadable(work.SavedWorkError(code)) == words


def test_an_unknown_code_and_an_unreadable_file_still_say_something() -> None:
    newer = work.SavedWorkError("from_the_future", part=3)
    assert saved_work.unreadable(newer) == (
        "it is not saved work this Lantern can read (from_the_future (part=3))"
    )
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory", "x.lantern-work")
    assert saved_work.unreadable(gone) == "it cannot be read (No such file or directory)"


def test_the_json_of_an_unreadable_file_has_its_code() -> None:
    problem = work.SavedWorkError(work.PART_MISSING, first=3, last=4)
    data = saved_work._deliver_json("refused", 1, None, [], [], [(Path("cut"), problem)])
    (entry,) = data["files"]
    assert (entry["refusal"], entry["problem"]) == ("unreadable", "part_missing")
    assert entry["error"] == "part of it is missing (changes 3–4)"
    json.dumps(data)  # all of it is JSON
