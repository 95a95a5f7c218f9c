"""Text in either palette meets WCAG 2.1 AA contrast (4.5:1) on every surface
it is drawn on (issue #18, "contrast of text meets WCAG AA")."""

from __future__ import annotations

import pytest

from desktop.ui.theme import DARK, LIGHT, Colors

AA = 4.5
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


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reads_on_every_surface(colors: Colors) -> None:
    failing = [
        f"{fg} on {bg}: {contrast(getattr(colors, fg), getattr(colors, bg)):.2f}"
        for fg in TEXT
        for bg in SURFACES
        if contrast(getattr(colors, fg), getattr(colors, bg)) < AA
    ]
    assert failing == []


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_text_on_the_accent_reads_too(colors: Colors) -> None:
    # buttons and selected rows: accent_text on accent
    assert contrast(colors.accent_text, colors.accent) >= AA


def blend(colour: str, over: str, alpha: float) -> str:
    mixed = [
        round(int(colour[i : i + 2], 16) * alpha + int(over[i : i + 2], 16) * (1 - alpha))
        for i in (1, 3, 5)
    ]
    return "#" + "".join(f"{c:02x}" for c in mixed)


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("difficulty", ["beginner", "intermediate", "advanced", "other"])
def test_difficulty_chips_read_on_their_own_tint(colors: Colors, difficulty: str) -> None:
    from desktop.ui.catalogue.delegate import difficulty_color

    ink = difficulty_color(colors, difficulty)
    assert contrast(ink, blend(ink, colors.card, 40 / 255)) >= AA
