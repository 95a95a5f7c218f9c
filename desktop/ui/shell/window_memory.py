"""The main window comes back as it was left: size, position, the last page, and the
appearance (colours and text size) and language chosen in Settings.

Kept in ``window.json`` in the data folder (one per laptop account, beside
the learners' folders), written when the window closes.  A damaged or
foreign file is ignored: the window then opens at its default size.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray

from desktop.ui.i18n import SHIPPED, SYSTEM
from desktop.ui.shell.main_window import NAV_PAGES, MainWindow

log = logging.getLogger(__name__)


class WindowMemory:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def restore_geometry(self, window: MainWindow) -> bool:
        geometry = self._read().get("geometry")
        if not isinstance(geometry, str):
            return False
        return bool(window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))))

    def last_page(self) -> str | None:
        page = self._read().get("page")
        return page if isinstance(page, str) and page in NAV_PAGES else None

    def appearance(self) -> tuple[str, float]:
        """(scheme, text scale) as last chosen; ("system", 1.0) before any choice."""
        data = self._read().get("appearance")
        if not isinstance(data, dict):
            return "system", 1.0
        scheme, scale = data.get("scheme"), data.get("text_scale")
        return (
            scheme if isinstance(scheme, str) else "system",
            float(scale) if isinstance(scale, int | float) else 1.0,
        )

    def remember_appearance(self, scheme: str, text_scale: float) -> None:
        data = self._read()
        data["appearance"] = {"scheme": scheme, "text_scale": text_scale}
        self._write(data)

    def language(self) -> str:
        """The language setting as last chosen: a shipped language's code, or
        ``"system"`` (before any choice, or if the file holds anything else)."""
        setting = self._read().get("language")
        known = {language.code for language in SHIPPED} | {SYSTEM}
        return setting if isinstance(setting, str) and setting in known else SYSTEM

    def remember_language(self, code: str) -> None:
        data = self._read()
        data["language"] = code
        self._write(data)

    def remember(self, window: MainWindow) -> None:
        """Write the window's geometry and, if it is one of the sidebar's, its page."""
        data = self._read()
        data["geometry"] = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
        if window.current_page in NAV_PAGES:
            data["page"] = window.current_page
        self._write(data)

    def _write(self, data: dict[str, object]) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning("window size and page not saved in %s: %s", self.path, exc)
