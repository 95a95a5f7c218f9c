"""TeX formulas in a lesson, drawn offline as images (ziamath → SVG → QImage).

Before Qt reads the Markdown, :func:`substitute` replaces each formula that
``desktop.course_package.math_spans`` finds with an image reference
(``lantern-math:<token>-<n>``); the reader's ``loadResource`` asks
:class:`FormulaImages` for it.  Drawing a formula takes milliseconds to
tens of milliseconds of pure Python, so it happens on one worker thread:
until a formula is drawn, and for good when it cannot be, the reader shows
its TeX source in a small box (the fallback ``lantern check`` warns about).
The GUI thread only swaps the finished image in.

ziamath brings its own math font (STIX Two Math) and draws glyphs as SVG
paths, so nothing depends on the fonts installed on the learner's laptop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from desktop.course_package.math_spans import MAX_FORMULA, MathSpan, find_math
from desktop.ui.i18n import translate

log = logging.getLogger(__name__)

MATH_SCHEME = "lantern-math"


def math_ref(token: str, index: int) -> str:
    return f"{MATH_SCHEME}:{token}-{index}"


def substitute(markdown: str, token: str) -> tuple[str, list[MathSpan]]:
    """``markdown`` with each formula replaced by its image reference."""
    spans = find_math(markdown)
    pieces: list[str] = []
    last = 0
    # the images' alternative text; a translation must not end the Markdown's [ ]
    alt = translate("math_images", "formula").replace("[", "(").replace("]", ")")
    for index, span in enumerate(spans):
        pieces.append(markdown[last : span.start])
        image = f"![{alt}]({math_ref(token, index)})"
        pieces.append(f"\n\n{image}\n\n" if span.display else image)
        last = span.end
    pieces.append(markdown[last:])
    return "".join(pieces), spans


@dataclass(frozen=True)
class Formula:
    tex: str
    display: bool
    points: float  # the body text's size: formulas match it
    color: str  # "#rrggbb"
    ratio: float  # device pixels per logical pixel


def draw(formula: Formula) -> QImage | None:
    """The formula as an image (None: it cannot be drawn).  Any thread."""
    if len(formula.tex) > MAX_FORMULA:
        return None
    from ziamath.config import config
    from ziamath.zmath import Latex

    config.svg2 = False  # xlink:href: what Qt's SVG renderer (SVG 1.2 Tiny) reads
    size = formula.points * 96 / 72 * (1.25 if formula.display else 1.1)
    try:
        svg = Latex(formula.tex, size=size, color=formula.color, inline=not formula.display).svg()
    except RecursionError:
        return None
    except Exception as exc:  # ziamath raises many kinds; each means "cannot draw"
        log.info("formula not drawn (%s): %.60s", type(exc).__name__, formula.tex)
        return None
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return None
    width, height = renderer.defaultSize().width(), renderer.defaultSize().height()
    if not (0 < width <= 4000 and 0 < height <= 2000):
        return None
    image = QImage(
        round(width * formula.ratio), round(height * formula.ratio), QImage.Format.Format_ARGB32
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(formula.ratio)
    return image


def source_box(tex: str, points: float, color: str, background: str, ratio: float) -> QImage:
    """The fallback: the TeX source, small and monospaced, in a tinted box."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(points * 0.9)
    shown = tex if len(tex) <= 120 else tex[:117] + "…"
    metrics = QFontMetrics(font)
    width, height = metrics.horizontalAdvance(shown) + 10, metrics.height() + 4
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor(color))
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, shown)
    painter.end()
    return image


class FormulaImages(QObject):
    """The formulas of the lesson shown: drawn on a worker, kept by reference."""

    #: (reference, drawn) — emitted on the GUI thread when a formula is done
    ready = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._formulas: dict[str, Formula] = {}
        self.images: dict[str, QImage] = {}
        self.failed: set[str] = set()
        self._pending: set[str] = set()
        self._done = _Relay()
        self._done.finished.connect(self._on_finished)

    def show_lesson(self, formulas: dict[str, Formula]) -> None:
        """A new lesson: forget the last one's formulas and start drawing these."""
        self._formulas = dict(formulas)
        self.images, self.failed, self._pending = {}, set(), set(formulas)
        for ref, formula in formulas.items():
            _pool().submit(draw, formula).add_done_callback(self._relay(ref, formula))

    def _relay(self, ref: str, formula: Formula) -> Callable[[Future[QImage | None]], None]:
        def done(future: Future[QImage | None]) -> None:  # on the worker thread
            self._done.finished.emit(ref, formula, _result(future))

        return done

    @property
    def pending(self) -> int:
        return len(self._pending)

    def formula(self, ref: str) -> Formula | None:
        return self._formulas.get(ref)

    def _on_finished(self, ref: str, formula: Formula, image: QImage | None) -> None:
        if self._formulas.get(ref) != formula:
            return  # a formula of a lesson no longer shown
        self._pending.discard(ref)
        if image is None:
            self.failed.add(ref)
        else:
            self.images[ref] = image
        self.ready.emit(ref, image is not None)


_POOL: list[ThreadPoolExecutor] = []


def _pool() -> ThreadPoolExecutor:
    """One worker for every reader: formulas are drawn one at a time."""
    if not _POOL:
        _POOL.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="formulas"))
    return _POOL[0]


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (a queued signal)."""

    finished = Signal(str, object, object)


def _result(future: Future[QImage | None]) -> QImage | None:
    try:
        return future.result()
    except Exception:  # cancelled, or a bug in the drawing: the source box stays
        log.exception("a formula could not be drawn")
        return None
