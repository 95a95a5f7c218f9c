"""TeX in a lesson is drawn offline as images, on a worker thread, with the
TeX source shown while it draws and for good when it cannot (issue #16, "Math")."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.ui.lesson.browser import LessonBrowser
from desktop.ui.theme import DARK, LIGHT

LESSON = r"""# Quadratics

The roots of $ax^2 + bx + c = 0$ are

$$x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}$$

and a broken one: $\frac{1}{$ stays as its source.
"""


def shown(qtbot: QtBot, markdown: str, *, dark: bool = False) -> LessonBrowser:
    browser = LessonBrowser(colors=DARK if dark else LIGHT)
    qtbot.addWidget(browser)
    browser.resize(800, 500)
    browser.show_markdown(markdown)
    browser.show()
    qtbot.waitExposed(browser)
    qtbot.waitUntil(lambda: browser.formulas.pending == 0, timeout=30_000)
    return browser


def image_in_document(browser: LessonBrowser, ref: str) -> QImage:
    resource = browser.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(ref)
    )
    assert isinstance(resource, QImage), ref
    return resource


def refs(browser: LessonBrowser) -> list[str]:
    return sorted(browser.formulas.images) + sorted(browser.formulas.failed)


def test_formulas_are_drawn_and_swapped_into_the_lesson(qtbot: QtBot) -> None:
    browser = shown(qtbot, LESSON)
    assert len(browser.formulas.images) == 2
    assert len(browser.formulas.failed) == 1
    for ref, drawn in browser.formulas.images.items():
        in_doc = image_in_document(browser, ref)
        assert in_doc.cacheKey() == drawn.cacheKey()  # the drawing, not the source box
        assert in_doc.width() > 20
    display = max(browser.formulas.images.values(), key=lambda image: image.height())
    inline = min(browser.formulas.images.values(), key=lambda image: image.height())
    assert display.height() > 1.5 * inline.height()  # a fraction stands taller than a line
    assert browser.horizontalScrollBar().maximum() == 0  # the column keeps its width
    # the lesson's prose is all still there; the TeX is not shown as text
    text = browser.document().toPlainText()
    assert "The roots of" in text
    assert "ax^2" not in text


def test_a_formula_that_cannot_be_drawn_shows_its_source(qtbot: QtBot) -> None:
    browser = shown(qtbot, LESSON)
    (broken,) = browser.formulas.failed
    formula = browser.formulas.formula(broken)
    assert formula is not None
    assert formula.tex == "\\frac{1}{"
    box = image_in_document(browser, broken)
    assert box.width() > 20  # the source box, still readable


def test_formulas_take_the_theme_text_colour(qtbot: QtBot) -> None:
    light, dark = shown(qtbot, "$x$"), shown(qtbot, "$x$", dark=True)

    def darkest(image: QImage) -> int:
        return min(
            image.pixelColor(x, y).lightness()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        )

    (light_x,) = light.formulas.images.values()
    (dark_x,) = dark.formulas.images.values()
    assert darkest(light_x) < 100  # dark ink on the light page
    assert darkest(dark_x) > 150  # light ink on the dark page


def test_an_address_written_to_look_like_a_formula_is_not_one(qtbot: QtBot) -> None:
    browser = shown(qtbot, "![x](lantern-math:0000000000000000-0) and $y$")
    assert len(browser.formulas.images) == 1
    forged = browser.document().resource(
        QTextDocument.ResourceType.ImageResource.value,
        QUrl("lantern-math:0000000000000000-0"),
    )
    assert not isinstance(forged, QImage) or forged.isNull()


def test_a_new_lesson_forgets_the_last_one_s_formulas(qtbot: QtBot) -> None:
    browser = shown(qtbot, LESSON)
    before = set(browser.formulas.images)
    browser.show_markdown("Just $z$.")
    qtbot.waitUntil(lambda: browser.formulas.pending == 0, timeout=30_000)
    assert len(browser.formulas.images) == 1
    assert not before & set(browser.formulas.images)
