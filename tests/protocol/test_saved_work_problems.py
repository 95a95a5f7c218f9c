"""Why a file is not saved work: a code and its data, never a sentence (the app and
the command line word them: tests/ui/shell/test_saved_work_words.py,
tests/cli/test_saved_work_words.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.protocol import work
from desktop.store.replica import read_saved_work
from desktop.store.replica import saved_work as replica_saved_work
from tests.protocol.saved_work_cases import CASES


@pytest.mark.parametrize(("text", "code", "detail", "_words"), CASES)
def test_each_problem_of_a_file_has_its_code_and_data(
    text: str, code: str, detail: dict[str, int | str], _words: str
) -> None:
    with pytest.raises(work.SavedWorkError) as caught:
        work.loads(text)
    assert (caught.value.code, caught.value.detail) == (code, detail)
    assert caught.value.code in work.PROBLEMS
    assert str(caught.value).startswith(code)  # for logs: the code and its data


def test_a_file_that_is_not_text_or_far_too_large_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binary = tmp_path / "photo.lantern-work"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(work.SavedWorkError) as caught:
        read_saved_work(binary)
    assert (caught.value.code, caught.value.detail) == (work.NOT_TEXT, {})
    monkeypatch.setattr(replica_saved_work, "MAX_FILE_BYTES", 4)
    with pytest.raises(work.SavedWorkError) as caught:
        read_saved_work(binary)
    assert caught.value.code == work.TOO_LARGE
