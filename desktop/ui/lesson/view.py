"""The lesson page: the rendered body, section progress, time spent, complete, quiz.

A breadcrumb leads back to the course, Previous and Next to the neighbouring
lessons; once the lesson is completed the page points the way on: the quiz,
else the next lesson, else back to the course, which is then complete.

The same widget serves learners and the instructor preview; what happens to
activity depends only on the injected :class:`StudyRecorder`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.lesson.activity import ActivityTracker
from desktop.ui.lesson.browser import ImageResolver, LessonBrowser, no_images
from desktop.ui.lesson.markdown_render import (
    INTRO_KEY,
    Section,
    heading_blocks,
    split_sections,
    without_title,
)
from desktop.ui.lesson.pdf_view import PdfView
from desktop.ui.lesson.player import MediaPlayer
from desktop.ui.lesson.recorder import StudyRecorder
from desktop.ui.lesson.section_tracking import DWELL_MS, SectionTracker
from desktop.ui.lesson.tab_order import set_tab_order
from desktop.ui.theme import Colors
from desktop.ui.viewdata import LessonContent
from desktop.ui.widgets import timefmt
from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.announce import announce

log = logging.getLogger(__name__)

# Each part of the breadcrumb is cut short (with …) past this width: the whole
# trail fits a 1024 px window beside the reading column's margins.
CRUMB_WIDTH = 340


class LessonView(QWidget):
    quiz_requested = Signal(str)
    lesson_completed = Signal(str)
    lesson_requested = Signal(str)  # Previous / Next
    course_requested = Signal(str)  # the breadcrumb

    def __init__(
        self,
        recorder: StudyRecorder,
        parent: QWidget | None = None,
        *,
        resolve_image: ImageResolver = no_images,
        idle_after: float = 300.0,
        flush_ms: int = 3000,
        dwell_ms: int = DWELL_MS,
        time_flush_ms: int = 30_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.lesson: LessonContent | None = None
        self._text_takes_focus = False  # set by Previous/Next until the lesson shows
        self.title = make_heading(QLabel(self))
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the author's text, never HTML
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long title wraps instead of widening the window
        # The breadcrumb: "Course title › Lesson title", the course part a link-style button.
        self.crumb = QPushButton(self)
        self.crumb.setObjectName("breadcrumb")
        self.crumb.setFlat(True)
        self.crumb.setCursor(Qt.CursorShape.PointingHandCursor)
        # the arrow points the reading way: a right-to-left language turns it round
        self.crumb_separator = QLabel(self.tr("›", "breadcrumb: course › lesson"), self)
        self.crumb_separator.setObjectName("muted")
        self.crumb_separator.setAccessibleName(self.tr("in", "breadcrumb: course › lesson"))
        self.crumb_here = QLabel(self)
        self.crumb_here.setObjectName("muted")
        self.crumb_here.setTextFormat(Qt.TextFormat.PlainText)
        self.previous = QPushButton(self)
        self.next = QPushButton(self)
        self.way_on = QLabel(self)
        self.way_on.setObjectName("muted")
        self.way_on.setWordWrap(True)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("pageSubtitle")
        self.preview_label = QLabel(
            self.tr("Preview — reading and answers here are not recorded"), self
        )
        self.preview_label.setObjectName("badge")
        self.preview_label.setWordWrap(True)
        self.preview_label.setVisible(not recorder.recording)
        self.browser = LessonBrowser(self, resolve_image=resolve_image)
        self.player = MediaPlayer(self)
        self.player.hide()
        self.pdf = PdfView(self)
        self.pdf.hide()
        self.problems = QLabel(self)
        self.problems.setObjectName("errorText")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems.hide()
        self.contents = QListWidget(self)
        self.contents.setObjectName("lessonContents")
        self.contents.setAccessibleName(self.tr("Sections of this lesson"))
        self.mark_read = QPushButton(self.tr("&Mark section read"), self)
        self.complete = QPushButton(self.tr("&Complete lesson"), self)
        self.complete.setProperty("primary", True)
        self.quiz = QPushButton(self.tr("Take the &quiz"), self)
        self.sections = SectionTracker(
            self.browser, flush_ms=flush_ms, dwell_ms=dwell_ms, parent=self
        )
        self.activity = ActivityTracker(self, idle_after=idle_after, clock=clock, parent=self)
        self._time_flush = QTimer(self)
        self._time_flush.setInterval(time_flush_ms)
        self._stored_seconds = 0
        self._build_layout()
        self.sections.progress_changed.connect(self.on_sections_progress_changed)
        self.sections.flush_due.connect(self.on_sections_flush_due)
        self._time_flush.timeout.connect(self.flush_time)
        self.activity.active_changed.connect(self.on_activity_active_changed)
        self.browser.media_requested.connect(self.on_media_requested)
        self.player.progressed.connect(self.on_media_progressed)
        self.player.playing_changed.connect(self.activity.set_watching)
        self.player.closed.connect(self.browser.setFocus)
        self.pdf.progressed.connect(self.on_media_progressed)
        self.pdf.closed.connect(self.browser.setFocus)
        self.contents.itemActivated.connect(self.on_contents_item_activated)
        self.contents.itemClicked.connect(self.on_contents_item_activated)
        self.mark_read.clicked.connect(self.on_mark_read_clicked)
        self.complete.clicked.connect(self.on_complete_clicked)
        self.quiz.clicked.connect(self.on_quiz_clicked)
        self.crumb.clicked.connect(self.on_crumb_clicked)
        self.previous.clicked.connect(self.on_previous_clicked)
        self.next.clicked.connect(self.on_next_clicked)

    def _build_layout(self) -> None:
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        heading = QLabel(self.tr("In this lesson"), side)
        heading.setObjectName("sectionTitle")
        side_layout.addWidget(heading)
        side_layout.addWidget(self.contents, 1)
        for button in (self.mark_read, self.complete, self.quiz):
            side_layout.addWidget(button)
        side_layout.addWidget(self.way_on)
        reader = QWidget(self)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.player)
        reader_layout.addWidget(self.pdf)
        reader_layout.addWidget(self.browser, 1)
        reader_layout.addWidget(self.problems, 1)
        steps = QHBoxLayout()
        steps.addWidget(self.previous)
        steps.addStretch(1)
        steps.addWidget(self.next)
        reader_layout.addLayout(steps)
        splitter = QSplitter(self)
        splitter.addWidget(reader)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 240])
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.preview_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        crumbs = QHBoxLayout()
        crumbs.setSpacing(6)
        crumbs.addWidget(self.crumb)
        crumbs.addWidget(self.crumb_separator)
        crumbs.addWidget(self.crumb_here)
        crumbs.addStretch(1)
        layout.addLayout(crumbs)
        layout.addLayout(header)
        layout.addWidget(self.time_label)
        layout.addWidget(splitter, 1)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab in reading order: the way back, the player (when open), the text and its
        links, the sections and their buttons, then Previous and Next under the text."""
        set_tab_order(
            [
                self.crumb,
                self.player,
                self.pdf,
                self.browser,
                self.contents,
                self.mark_read,
                self.complete,
                self.quiz,
                self.previous,
                self.next,
            ]
        )

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.sections.measure)  # a short lesson is read without scrolling

    def page_title(self) -> str:
        """What a screen reader hears when the page is shown (the window announces it)."""
        if self.lesson is None:
            return ""
        return self.tr("Lesson {title}").format(title=self.lesson.title)

    def set_colors(self, colors: Colors) -> None:
        self.browser.colors = colors
        if self.lesson is not None:
            self.show_lesson(self.lesson, keep_scroll=True)

    # showing ------------------------------------------------------------------
    def show_lesson(self, lesson: LessonContent, *, keep_scroll: bool = False) -> None:
        """Show ``lesson``; ``keep_scroll`` keeps the reading position (preview reloads)."""
        same = self.lesson is not None and self.lesson.id == lesson.id
        if not same:
            self.leave()
        else:
            self.on_sections_flush_due()  # re-rendering resets the tracker: save first
        scroll = self.browser.verticalScrollBar().value()
        self.lesson = lesson
        self.title.setText(lesson.title)
        self.problems.hide()
        self.browser.show()
        self.sections.set_sections([], {}, {})  # old positions mean nothing in the new text
        body = without_title(lesson.body_markdown, lesson.title)
        if not same:
            self.close_media()
        self.browser.show_markdown(body, lesson.direction, lesson.media)
        if any(item.kind != "document" and item.file for item in lesson.media):
            # Qt Multimedia loads once the lesson is drawn, not on the first Play
            QTimer.singleShot(0, self.player.warm_up)
        sections = split_sections(body)
        positions = heading_blocks(self.browser.document(), sections)
        # the "not on this computer yet" text is not the lesson: nothing of it is read
        tracked = sections if lesson.text_here else []
        self.sections.set_sections(tracked, positions, lesson.section_progress)
        self._fill_contents(sections if lesson.text_here else [])
        self.quiz.setVisible(lesson.has_quiz)
        self.complete.setEnabled(not lesson.completed)
        self.complete.setText(
            self.tr("Completed ✓") if lesson.completed else self.tr("&Complete lesson")
        )
        self._show_steps(lesson)
        self._stored_seconds = lesson.time_spent_seconds if not same else self._stored_seconds
        self._update_time_label()
        if keep_scroll and same:
            QTimer.singleShot(0, lambda: self.browser.verticalScrollBar().setValue(scroll))
        if self._text_takes_focus and not same:
            # moved on with Previous/Next: the new lesson's text has the keyboard (a
            # screen reader starts reading it; Tab goes to its first link)
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        self._text_takes_focus = False
        if self.recorder.recording and lesson.text_here:  # time counts on the lesson's text
            self.activity.start()
            self._time_flush.start()
        elif self.recorder.recording:
            self.activity.stop()
            self._time_flush.stop()
            self.flush_time()
        QTimer.singleShot(0, self.sections.measure)

    def _show_steps(self, lesson: LessonContent) -> None:
        shown = bool(lesson.course_title)
        for part in (self.crumb, self.crumb_separator, self.crumb_here):
            part.setVisible(shown)
        metrics = self.crumb.fontMetrics()
        course = metrics.elidedText(lesson.course_title, Qt.TextElideMode.ElideRight, CRUMB_WIDTH)
        self.crumb.setText(course.replace("&", "&&"))
        # The full title as a tooltip only when it is cut short: a screen reader reads a
        # tooltip as the description, which would repeat the name (Orca said it twice).
        cut = course != lesson.course_title
        self.crumb.setToolTip(
            self.tr("Back to {course}").format(course=lesson.course_title) if cut else ""
        )
        self.crumb.setAccessibleName(
            self.tr("Back to the course {course}").format(course=lesson.course_title)
        )
        self.crumb_here.setText(
            metrics.elidedText(lesson.title, Qt.TextElideMode.ElideRight, CRUMB_WIDTH)
        )
        self.crumb_here.setAccessibleName(self.tr("Lesson {title}").format(title=lesson.title))
        for button, link, text in (
            (self.previous, lesson.previous, self.tr("‹ &Previous: {title}")),  # Alt+P
            (self.next, lesson.next, self.tr("&Next: {title} ›")),  # Alt+N
        ):
            button.setVisible(link is not None)
            if link is not None:  # a title's own & is a character, not a shortcut
                title = i18n.isolated(link.title.replace("&", "&&"))  # the author's direction
                button.setText(text.format(title=title))
                button.setEnabled(not link.locked)
                button.setToolTip(self.tr("Complete this lesson first.") if link.locked else "")
            button.setProperty("primary", False)
        self.way_on.setVisible(False)
        if lesson.completed:
            self._point_the_way_on(lesson, focus=False)

    def _point_the_way_on(self, lesson: LessonContent, *, focus: bool) -> None:
        """After completing: the quiz, else the next lesson, else back to a finished course."""
        if lesson.has_quiz:
            target, words = self.quiz, self.tr("Lesson complete. Next, try its quiz.")
        elif lesson.next is not None:
            self.next.setEnabled(True)  # its prerequisite is this lesson, now completed
            target = self.next
            words = self.tr("Lesson complete. Next: {title}.").format(title=lesson.next.title)
        elif lesson.course_title and lesson.others_completed:
            target = self.crumb
            words = self.tr("Course complete: you finished every lesson of {course}.").format(
                course=lesson.course_title
            )
        elif lesson.course_title:
            target = self.crumb
            words = self.tr("Lesson complete. The course lists what is left.")
        else:
            return  # the instructor preview: nowhere to lead
        self.way_on.setText(words)
        self.way_on.setVisible(True)
        if focus:  # just completed (not an old completion shown again): say it
            announce(self.way_on, words)  # before the focus moves on
        if target is not self.crumb:
            target.setProperty("primary", True)
            target.style().unpolish(target)
            target.style().polish(target)
        if focus:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, title: str, messages: list[str]) -> None:
        """Parser messages (file, line) in place of a broken lesson (instructor preview)."""
        self.title.setText(title)
        self.browser.hide()
        self.problems.setText(
            self.tr("This lesson could not be read:\n\n{problems}").format(
                problems="\n".join(f"• {m}" for m in messages)
            )
        )
        self.problems.show()

    def _fill_contents(self, sections: list[Section]) -> None:
        self.contents.clear()
        for section in sections:
            item = QListWidgetItem(self.contents)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
        self._refresh_contents()

    def _refresh_contents(self) -> None:
        for i in range(self.contents.count()):
            item = self.contents.item(i)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            section = self.sections.section(key)
            fraction = self.sections.progress.get(key, 0.0)
            mark = "✓" if fraction >= 1.0 else i18n.percent(fraction * 100)
            title = section.title if section else key
            if key == INTRO_KEY:  # the text before the first heading has no title of its own
                title = self.tr("Introduction")
            item.setText(f"{title}   {mark}")
            read = self.tr("{section}, {mark} read").format(section=title, mark=mark)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, read)

    def _update_time_label(self) -> None:
        total = timefmt.duration(self._stored_seconds + int(self.activity.seconds))
        if self.activity.is_active or not self.recorder.recording:
            text = self.tr("Time on this lesson: {duration}")
        else:
            text = self.tr("Time on this lesson: {duration}  ·  paused")
        self.time_label.setText(text.format(duration=total))

    # recording ----------------------------------------------------------------
    def flush_time(self) -> None:
        if self.lesson is None:
            return
        self.activity.tick()
        seconds = self.activity.take_seconds()
        if seconds and self.recorder.recording:
            self._stored_seconds += seconds
            self.recorder.record_time(self.lesson.id, seconds)
        self._update_time_label()

    def leave(self) -> None:
        """The learner moved away: stop the clock and save what is pending."""
        self.close_media()  # saves where the learner was
        self.activity.stop()
        self._time_flush.stop()
        self.flush_time()
        self.on_sections_flush_due()

    # slots --------------------------------------------------------------------
    def on_sections_progress_changed(self) -> None:
        self._refresh_contents()

    def on_sections_flush_due(self) -> None:
        changed = self.sections.take_changed()
        if changed and self.lesson is not None and self.recorder.recording:
            self.recorder.record_sections(self.lesson.id, changed)

    def on_media_requested(self, index: int) -> None:
        if self.lesson is None:
            return
        item = next((m for m in self.lesson.media if m.index == index), None)
        if item is None:
            return
        self.close_media()
        if item.kind == "document":
            self.pdf.open(item)
        else:
            self.player.open(item)

    def close_media(self) -> None:
        """Close the player and the PDF, each saving where the learner was."""
        self.player.close_player(quiet=True)
        self.pdf.close_view(quiet=True)

    def on_media_progressed(self, key: str, entry: dict[str, Any]) -> None:
        if self.lesson is not None and self.recorder.recording:
            self.recorder.record_media(self.lesson.id, key, entry)

    def on_activity_active_changed(self, _active: bool) -> None:
        self._update_time_label()

    def on_contents_item_activated(self, item: QListWidgetItem) -> None:
        self._scroll_to(self.sections.position(str(item.data(Qt.ItemDataRole.UserRole))))

    def go_to_section(self, key: str) -> None:
        """Scroll to section ``key`` (a search hit) once the lesson is laid out.

        An unknown key (the lesson changed since the search) leaves the lesson
        at its top."""
        for i in range(self.contents.count()):
            item = self.contents.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.contents.setCurrentItem(item)
                QTimer.singleShot(0, lambda: self._scroll_to(self.sections.position(key)))
                return

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        rect = self.browser.cursorRect(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - 8)

    def on_mark_read_clicked(self) -> None:
        item = self.contents.currentItem() or self.contents.item(0)
        if item is not None:
            self.sections.mark_done(str(item.data(Qt.ItemDataRole.UserRole)))

    def on_complete_clicked(self) -> None:
        if self.lesson is None:
            return
        self.sections.mark_all_done()
        self.on_sections_flush_due()
        if self.recorder.recording:
            self.recorder.complete_lesson(self.lesson.id)
        self.complete.setEnabled(False)
        self.complete.setText(self.tr("Completed ✓"))
        log.info("lesson completed: %s", self.lesson.id)
        self.lesson_completed.emit(self.lesson.id)
        self._point_the_way_on(self.lesson, focus=True)

    def on_crumb_clicked(self) -> None:
        if self.lesson is not None:
            self.course_requested.emit(self.lesson.course_id)

    def on_previous_clicked(self) -> None:
        if self.lesson is not None and self.lesson.previous is not None:
            self._text_takes_focus = True
            self.lesson_requested.emit(self.lesson.previous.id)

    def on_next_clicked(self) -> None:
        if self.lesson is not None and self.lesson.next is not None:
            self._text_takes_focus = True
            self.lesson_requested.emit(self.lesson.next.id)

    def on_quiz_clicked(self) -> None:
        if self.lesson is not None:
            self.quiz_requested.emit(self.lesson.id)
