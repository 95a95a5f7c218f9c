"""UI test set-up: a real QApplication (pytest-qt) on the offscreen platform."""

from __future__ import annotations

import pytest

# The offscreen platform says this for every top-level widget it shows; it is
# about the platform plugin, not about our widgets, so it must not fail tests.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
