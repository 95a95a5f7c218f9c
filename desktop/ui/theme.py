"""Light, dark and high-contrast palettes that follow the system, plus the app stylesheet.

Qt 6 tells us the system's preference through ``QStyleHints.colorScheme`` and
``colorSchemeChanged`` (and, since 6.10, a high-contrast preference through
``QStyleHints.accessibility()``); we answer with a Fusion palette and a
stylesheet whose ``@name`` placeholders are filled from the same colour
table, so widgets, delegates and charts agree on colours.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
STYLESHEET = RESOURCES / "styles" / "lantern.qss"


# Every colour that carries text is checked against every surface it is drawn
# on for WCAG 2.1 AA contrast (4.5:1) in the light and dark palettes, and AAA
# (7:1, with borders at 3:1) in high contrast, by
# tests/ui/test_theme_contrast.py: change one, run that test.
@dataclass(frozen=True)
class Colors:
    dark: bool
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    sidebar: str
    card: str
    code_bg: str
    success: str
    warning: str
    danger: str
    premium: str


LIGHT = Colors(
    dark=False,
    window="#f6f7f9",
    base="#ffffff",
    alt_base="#f1f3f6",
    text="#1f2933",
    muted="#5b6673",
    accent="#a84f06",
    accent_text="#ffffff",
    border="#d9dee4",
    sidebar="#eceff3",
    card="#ffffff",
    code_bg="#f3f0e8",
    success="#166534",
    warning="#92400e",
    danger="#b91c1c",
    premium="#7c3aed",
)
DARK = Colors(
    dark=True,
    window="#1d2026",
    base="#252930",
    alt_base="#2b3038",
    text="#e6e9ee",
    muted="#aab3bf",
    accent="#f59e0b",
    accent_text="#1d2026",
    border="#3a404a",
    sidebar="#181b20",
    card="#2a2f37",
    code_bg="#2f2b22",
    success="#4ade80",
    warning="#fbbf24",
    danger="#fca5a5",
    premium="#a78bfa",
)


# For low vision and bright rooms: white and yellow on black, every border
# white, nothing told apart by a tint alone.  dark=True: code is highlighted
# with the dark palette's token colours.
HIGH_CONTRAST = Colors(
    dark=True,
    window="#000000",
    base="#000000",
    alt_base="#000000",
    text="#ffffff",
    muted="#e6e6e6",
    accent="#ffd60a",
    accent_text="#000000",
    border="#ffffff",
    sidebar="#000000",
    card="#000000",
    code_bg="#141414",
    success="#7dff9b",
    warning="#ffc46b",
    danger="#ff9e9e",
    premium="#dcc2ff",
)
PALETTES = {"light": LIGHT, "dark": DARK, "contrast": HIGH_CONTRAST}

# Fusion draws a radio button's ring and a check box's frame in the window
# colour darkened: black on black in high contrast, so an unchecked one could
# not be seen.  There the sheet draws them: a white ring or frame, filled
# with the accent when checked (hollow or filled, not a tint alone).
HIGH_CONTRAST_SHEET = """
QRadioButton::indicator, QCheckBox::indicator {
    width: 12px; height: 12px; border: 2px solid @border; background: @base;
}
QRadioButton::indicator { border-radius: 8px; }
QRadioButton::indicator:checked, QCheckBox::indicator:checked { background: @accent; }
QCheckBox::indicator:indeterminate { background: @muted; }
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled { border-color: @muted; }
"""


def palette_for(colors: Colors) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(colors.window))
    pal.setColor(role.WindowText, QColor(colors.text))
    pal.setColor(role.Base, QColor(colors.base))
    pal.setColor(role.AlternateBase, QColor(colors.alt_base))
    pal.setColor(role.Text, QColor(colors.text))
    pal.setColor(role.Button, QColor(colors.alt_base))
    pal.setColor(role.ButtonText, QColor(colors.text))
    pal.setColor(role.Highlight, QColor(colors.accent))
    pal.setColor(role.HighlightedText, QColor(colors.accent_text))
    pal.setColor(role.ToolTipBase, QColor(colors.base))
    pal.setColor(role.ToolTipText, QColor(colors.text))
    pal.setColor(role.PlaceholderText, QColor(colors.muted))
    pal.setColor(role.Link, QColor(colors.accent))
    pal.setColor(role.Mid, QColor(colors.border))
    for group_role in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, group_role, QColor(colors.muted))
    return pal


# the learner's choice in Settings → Appearance ("system" follows the
# system's dark and high-contrast settings)
SCHEMES = ("system", "light", "dark", "contrast")
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)  # text size, 100 % to 200 %
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def render_stylesheet(colors: Colors, template: str | None = None, scale: float = 1.0) -> str:
    text = template if template is not None else STYLESHEET.read_text(encoding="utf-8")
    if colors is HIGH_CONTRAST:
        text += HIGH_CONTRAST_SHEET
    if scale != 1.0:  # every font size in the sheet is in points: scale them all
        text = _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:g}pt", text)
    # longest names first so "@alt_base" is not eaten by "@base"
    for name in sorted(Colors.__dataclass_fields__, key=len, reverse=True):
        value = getattr(colors, name)
        if isinstance(value, str):
            text = text.replace(f"@{name}", value)
    return text


def muted_span(escaped: str) -> str:
    """``escaped`` (already HTML) in the palette's secondary text colour, for a
    label whose rich text mixes both: the current palette's, never a fixed
    grey (``gray`` on white is 3.9:1, under WCAG AA)."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
    return f"<span style='color:{colour}'>{escaped}</span>"


def system_prefers_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    return scheme is Qt.ColorScheme.Dark


def system_prefers_contrast() -> bool:
    # Held in a name: PySide 6.12 invalidates the accessibility hints' wrapper
    # with a temporary QStyleHints wrapper ("Internal C++ object already
    # deleted" from styleHints().accessibility().contrastPreference()).
    hints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference() is Qt.ContrastPreference.HighContrast


class Theme(QObject):
    """Applies the palette and stylesheet; re-applies when the system flips."""

    changed = Signal(object)  # Colors

    def __init__(self, app: QApplication, *, dark: bool | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._forced: Colors | None = None if dark is None else (DARK if dark else LIGHT)
        self.scheme = "system" if dark is None else ("dark" if dark else "light")
        self.text_scale = 1.0
        self._base_font = QFont(app.font())  # the system's size: the text scale's 100 %
        self.colors = LIGHT
        app.setStyle("Fusion")
        self._hints = app.styleHints()  # kept: see system_prefers_contrast
        self._hints.colorSchemeChanged.connect(self.on_style_hints_color_scheme_changed)
        self._hints.accessibility().contrastPreferenceChanged.connect(
            self.on_accessibility_contrast_preference_changed
        )
        self.apply()

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        if self._forced is not None:
            self.colors = self._forced
        elif system_prefers_contrast():
            self.colors = HIGH_CONTRAST
        else:
            dark = scheme is Qt.ColorScheme.Dark if scheme is not None else system_prefers_dark()
            self.colors = DARK if dark else LIGHT
        self._app.setPalette(palette_for(self.colors))
        try:
            sheet = render_stylesheet(self.colors, scale=self.text_scale)
            base = self._base_font.pointSizeF()
            if self.text_scale != 1.0 and base > 0:
                # every widget's text, in the one sheet (not QApplication.setFont, which
                # followed by setStyleSheet crashed Qt with pages half torn down); the
                # sheet's own sizes are scaled above and, being more specific, still win
                sheet = f"QWidget {{ font-size: {base * self.text_scale:g}pt; }}\n{sheet}"
            # widgets queued for deletion (the loading pages a learner's pages replace)
            # go first: restyling them half torn down crashed Qt
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            self._app.setStyleSheet(sheet)
        except OSError as exc:  # a missing stylesheet must not stop the app
            log.warning("stylesheet not loaded: %s", exc)
        self.changed.emit(self.colors)

    def set_appearance(self, scheme: str, text_scale: float) -> None:
        """Light, dark, high contrast or the system's; text from 100 % to 200 %:
        applied at once."""
        self.scheme = scheme if scheme in SCHEMES else "system"
        self._forced = PALETTES.get(self.scheme)
        self.text_scale = min(max(text_scale, TEXT_SCALES[0]), TEXT_SCALES[-1])
        self.apply()

    def step_text(self, steps: int) -> None:
        """Ctrl+= / Ctrl+−: one size up or down (0: back to 100 %)."""
        if steps == 0:
            self.set_appearance(self.scheme, 1.0)
            return
        at = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - self.text_scale))
        to = min(max(at + steps, 0), len(TEXT_SCALES) - 1)
        self.set_appearance(self.scheme, TEXT_SCALES[to])

    def on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._forced is None:
            self.apply(scheme)

    def on_accessibility_contrast_preference_changed(self, _: Qt.ContrastPreference) -> None:
        if self._forced is None:
            self.apply()
