"""The command line's tests read its English: whatever the machine's locale says."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """``LANTERN_LANGUAGE=en`` (commands run as subprocesses inherit it too)."""
    monkeypatch.setenv("LANTERN_LANGUAGE", "en")
