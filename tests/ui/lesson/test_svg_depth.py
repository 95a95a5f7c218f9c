"""The SVG nesting limit of ``lantern check`` is where the reader's Qt stops drawing.

Qt's SVG renderer draws nothing nested more than 32 elements deep, and says
so only in its log: a package SVG past that would show an empty picture in
the reader.  ``svg_rules.MAX_DEPTH`` refuses it in ``check``; this test ties
the number to the Qt the app ships, so an upgrade that moves the limit is
noticed (found beyond issue #12's list).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.course_package.svg_rules import MAX_DEPTH
from tests.course_package.test_svg_rules import nested


def _centre(tmp_path: Path, groups: int) -> QColor:
    path = tmp_path / f"nested-{groups}.svg"
    path.write_text(nested(groups), encoding="utf-8")
    image = QImage(str(path))
    assert not image.isNull()
    return image.pixelColor(5, 5)


@pytest.mark.qt_log_ignore("Too many nested nodes")  # what Qt logs for the deeper one
def test_qt_draws_exactly_as_deep_as_check_allows(qtbot: QtBot, tmp_path: Path) -> None:
    deepest = MAX_DEPTH - 2  # the root <svg> and the <rect> are levels too
    assert _centre(tmp_path, deepest) == QColor("red")
    assert _centre(tmp_path, deepest + 1).alpha() == 0, "one level more: nothing drawn"
