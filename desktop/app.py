"""Composition root: builds the store, the sync service and the main window.

For now it opens a placeholder window (issue #6 builds the real one).
"""

from __future__ import annotations

import sys


def run(*, quit_after: float | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Lantern")
    label = QLabel("Lantern — the learning app is being built.")
    label.setMargin(40)
    window.setCentralWidget(label)
    window.resize(640, 400)
    window.show()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), window.close)
    return int(app.exec())
