"""desktop.ui.shell.heap: what start-up leaves alive is kept out of later full collections."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop.ui.shell.heap import freeze_long_lived


@pytest.fixture
def unfrozen_after() -> Iterator[None]:
    yield
    gc.unfreeze()  # the rest of the test session collects as usual


def test_objects_alive_at_freeze_are_no_longer_scanned(unfrozen_after: None) -> None:
    survivor: list[object] = []
    survivor.append(survivor)  # a container the collector tracks
    assert any(o is survivor for o in gc.get_objects())
    freeze_long_lived()
    assert gc.get_freeze_count() > 0
    assert not any(o is survivor for o in gc.get_objects())
    later: list[object] = []
    assert any(o is later for o in gc.get_objects())  # new objects are collected as usual
