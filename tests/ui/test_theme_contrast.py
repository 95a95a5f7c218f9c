"""Text in the light and dark palettes meets WCAG 2.1 AA contrast (4.5:1) on
every surface it is drawn on, and the high-contrast palette AAA (7:1) with
borders at 3:1 (issue #18, "a high-contrast theme; contrast of text meets
WCAG AA")."""

from __future__ import annotations

import pytest

from desktop.ui.theme import DARK, HIGH_CONTRAST, LIGHT, Colors

AA = 4.5
AAA = 7.0
NON_TEXT = 3.0  # WCAG 2.1 1.4.11: borders of controls against what is next to them
PALETTES = [LIGHT, DARK, HIGH_CONTRAST]
IDS = ["light", "dark", "contrast"]
SURFACES = ("window", "base", "alt_base", "card", "sidebar", "code_bg")
# colours used for text: body, secondary, links and accents, states
TEXT = ("text", "muted", "accent", "success", "warning", "danger", "premium")


def relative_luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of an sRGB "#rrggbb"."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_the_standard_s_end_points() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast("#123456", "#123456") == pytest.approx(1.0)


def needed(colors: Colors) -> float:
    return AAA if colors is HIGH_CONTRAST else AA


@pytest.mark.parametrize("colors", PALETTES, ids=IDS)
def test_every_text_colour_reads_on_every_surface(colors: Colors) -> None:
    failing = [
        f"{fg} on {bg}: {contrast(getattr(colors, fg), getattr(colors, bg)):.2f}"
        for fg in TEXT
        for bg in SURFACES
        if contrast(getattr(colors, fg), getattr(colors, bg)) < needed(colors)
    ]
    assert failing == []


@pytest.mark.parametrize("colors", PALETTES, ids=IDS)
def test_text_on_the_accent_reads_too(colors: Colors) -> None:
    # buttons and selected rows: accent_text on accent
    assert contrast(colors.accent_text, colors.accent) >= needed(colors)


def test_high_contrast_draws_every_border_and_focus_ring_plainly() -> None:
    # fields, cards and buttons are told apart by their border, the focus by
    # the accent ring: both stand out from every surface
    failing = [
        f"{line} on {bg}: {contrast(getattr(HIGH_CONTRAST, line), getattr(HIGH_CONTRAST, bg)):.2f}"
        for line in ("border", "accent")
        for bg in SURFACES
        if contrast(getattr(HIGH_CONTRAST, line), getattr(HIGH_CONTRAST, bg)) < NON_TEXT
    ]
    assert failing == []


def test_high_contrast_is_more_than_the_dark_palette_renamed() -> None:
    worst = {
        name: min(contrast(getattr(c, fg), getattr(c, bg)) for fg in TEXT for bg in SURFACES)
        for name, c in (("dark", DARK), ("contrast", HIGH_CONTRAST))
    }
    assert worst["contrast"] > worst["dark"]


def blend(colour: str, over: str, alpha: float) -> str:
    mixed = [
        round(int(colour[i : i + 2], 16) * alpha + int(over[i : i + 2], 16) * (1 - alpha))
        for i in (1, 3, 5)
    ]
    return "#" + "".join(f"{c:02x}" for c in mixed)


@pytest.mark.parametrize("colors", PALETTES, ids=IDS)
@pytest.mark.parametrize("difficulty", ["beginner", "intermediate", "advanced", "other"])
def test_difficulty_chips_read_on_their_own_tint(colors: Colors, difficulty: str) -> None:
    from desktop.ui.catalogue.delegate import difficulty_color

    ink = difficulty_color(colors, difficulty)
    assert contrast(ink, blend(ink, colors.card, 40 / 255)) >= AA


def test_no_text_is_coloured_with_a_fixed_grey() -> None:
    """Rich text takes its secondary colour from the palette (theme.muted_span):
    a fixed ``gray`` is 3.9:1 on white and would not follow high contrast."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    found = [
        f"{path.relative_to(ui)}:{n}"
        for path in sorted(ui.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "color:gray" in line.replace(" ", "") or "color:grey" in line.replace(" ", "")
    ]
    assert found == []


@pytest.mark.parametrize("colors", PALETTES, ids=IDS)
def test_a_quiz_question_s_rule_line_is_in_the_palette_s_muted_colour(
    qapp: object, colors: Colors
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.quiz.questions import QuestionWidget
    from desktop.ui.theme import palette_for
    from desktop.ui.viewdata import QuizQuestion

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(palette_for(colors))
    try:
        question = QuizQuestion(id="q1", version=1, kind="short_answer", prompt="Pick")
        card = QuestionWidget(1, question)
        assert f"color:{colors.muted}" in card.prompt.text()
    finally:
        app.setPalette(before)


@pytest.mark.parametrize("checked", [False, True], ids=["unchecked", "checked"])
def test_high_contrast_radio_buttons_and_check_boxes_can_be_seen(
    qapp: object, checked: bool
) -> None:
    """Fusion draws their ring and frame from the window colour darkened, which
    in high contrast is black on black; the high-contrast sheet draws them."""
    from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton

    from desktop.ui.theme import palette_for, render_stylesheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_palette, before_sheet = app.palette(), app.styleSheet()
    app.setPalette(palette_for(HIGH_CONTRAST))
    app.setStyleSheet(render_stylesheet(HIGH_CONTRAST))
    try:
        for button in (QRadioButton("Radio"), QCheckBox("Check")):
            button.setChecked(checked)
            button.resize(button.sizeHint())
            image = button.grab().toImage()
            # the indicator sits left of the text, within its first 18 pixels
            ring = [
                image.pixelColor(x, y).lightness()
                for x in range(min(18, image.width()))
                for y in range(image.height())
            ]
            assert max(ring) > 200, type(button).__name__
    finally:
        app.setPalette(before_palette)
        app.setStyleSheet(before_sheet)
