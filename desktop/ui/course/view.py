"""The course page: what it is, its lessons in order, enrol, download, rate."""

from __future__ import annotations

import itertools
import logging
import time

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.store.reads import LessonHit
from desktop.ui import i18n
from desktop.ui.catalogue.model import difficulty_name, offline_words
from desktop.ui.course.download_choice import DownloadChoiceDialog
from desktop.ui.course.files_row import FilesRow
from desktop.ui.course.lesson_list import LessonListModel, LessonRole, LessonRowDelegate
from desktop.ui.search.lesson_hits import LessonHits
from desktop.ui.theme import Colors
from desktop.ui.viewdata import CourseDetail, FileChoice, LessonRow, OfflineState
from desktop.ui.widgets import timefmt, wording
from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.announce import announce
from desktop.ui.widgets.item_clicks import open_on_click
from desktop.ui.widgets.sizes import data_size
from desktop.ui.widgets.star_rating import StarRating

log = logging.getLogger(__name__)

# a download with no news from the sync for this long says it stalled
STALL_AFTER_S = 20.0


class CourseView(QWidget):
    enroll_requested = Signal(str, bool)  # course id, enrol (True) or leave (False)
    download_requested = Signal(str, object)  # course id, FileChoice
    cancel_download_requested = Signal(str)
    files_pause_requested = Signal(str, bool)  # course id, pause (True) or resume
    files_cancel_requested = Signal(str)  # course id: stop fetching its files
    lesson_opened = Signal(str)
    review_submitted = Signal(str, int, str)  # course id, stars, review text
    lesson_search_requested = Signal(str, str)  # course id, words to find in its lessons
    section_opened = Signal(str, str)  # a search hit: lesson id, section key

    def __init__(self, parent: QWidget | None = None, *, confirm: bool = True) -> None:
        super().__init__(parent)
        self._confirm = confirm  # tests answer the question themselves
        self.course: CourseDetail | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the author's text, never HTML
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        make_heading(self.title)
        self.meta = QLabel(self)
        self.meta.setObjectName("pageSubtitle")
        self.meta.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Course progress"))
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.enroll = QPushButton(self.tr("&Enrol"), self)
        self.enroll.setProperty("primary", True)
        self.start = QPushButton(self)  # Start / Continue: the one obvious next step
        self.start.setProperty("primary", True)
        # leaving is rare and loses the course from My courses: not where Enrol was
        self.leave = QPushButton(self.tr("Leave this course…"), self)
        self.leave.setFlat(True)
        self.leave.setObjectName("quietAction")
        self.download = QPushButton(self)
        self.download.setAccessibleName(self.tr("Download for offline"))
        self.retry_download = QPushButton(self.tr("Re&try download"), self)
        self.retry_download.hide()
        self.download_bar = QProgressBar(self)
        self.download_bar.setAccessibleName(self.tr("Download progress"))
        self.download_bar.setTextVisible(False)
        self.download_bar.setFixedWidth(160)
        self.offline_label = QLabel(self)
        self.offline_label.setObjectName("muted")
        self.files = FilesRow(self, confirm=confirm)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.lessons_model = LessonListModel(self)
        self.lessons = QListView(self)
        self.lessons.setAccessibleName(self.tr("Lessons"))
        self.lessons.setModel(self.lessons_model)
        self.lesson_delegate = LessonRowDelegate(self.lessons)
        self.lessons.setItemDelegate(self.lesson_delegate)
        self.notice = QLabel(self)
        self.notice.setObjectName("errorText")
        self.stars = StarRating(self)
        self.review = QPlainTextEdit(self)
        self.review.setAccessibleName(self.tr("Your review"))
        self.review.setPlaceholderText(self.tr("What did you think of this course? (optional)"))
        self.review.setMaximumHeight(80)
        self.review.setTabChangesFocus(True)  # Tab leaves the box: a review needs no tabs
        self.save_review = QPushButton(self.tr("Save &review"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search this course's downloaded lessons…"))
        self.search.setAccessibleName(self.tr("Search this course's lessons"))
        self.search.setClearButtonEnabled(True)
        self.lesson_hits = LessonHits(self, with_course=False)
        self._search_debounce = QTimer(self)
        self._search_debounce.setSingleShot(True)
        self._search_debounce.setInterval(250)
        self._offline_shown: tuple[str, OfflineState] | None = None
        self.download_dialog: DownloadChoiceDialog | None = None
        self._build_layout()
        self.search.textChanged.connect(self._search_debounce.start)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self._search_debounce.timeout.connect(self.search_lessons)
        self.lesson_hits.hit_opened.connect(self.section_opened)
        self.enroll.clicked.connect(self.on_enroll_clicked)
        self.start.clicked.connect(self.on_start_clicked)
        self.leave.clicked.connect(self.on_leave_clicked)
        self.download.clicked.connect(self.on_download_clicked)
        self.retry_download.clicked.connect(self.on_retry_download_clicked)
        self.files.pause_requested.connect(self.on_files_pause_requested)
        self.files.cancel_requested.connect(self.on_files_cancel_requested)
        # a download that stalls says so: nothing new from the sync for this long
        self.stall_after_s = STALL_AFTER_S
        self._downloading = False
        self._progress = 0.0
        self._last_news = time.monotonic()
        self._stall_check = QTimer(self)
        self._stall_check.setInterval(1000)
        self._stall_check.timeout.connect(self.on_stall_check_timeout)
        open_on_click(self.lessons, self.on_lessons_activated)
        self.save_review.clicked.connect(self.on_save_review_clicked)

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.enroll)
        actions.addWidget(self.start)
        actions.addWidget(self.download)
        actions.addWidget(self.retry_download)
        actions.addWidget(self.download_bar)
        actions.addWidget(self.offline_label)
        actions.addStretch(1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.progress_label)
        lessons_title = QLabel(self.tr("Lessons"), self)
        lessons_title.setObjectName("sectionTitle")
        rate_title = QLabel(self.tr("Rate this course"), self)
        rate_title.setObjectName("sectionTitle")
        for heading in (lessons_title, rate_title):
            make_heading(heading)
        rating = QGridLayout()
        rating.addWidget(self.stars, 0, 0, Qt.AlignmentFlag.AlignTop)
        rating.addWidget(self.review, 0, 1)
        rating.addWidget(self.save_review, 0, 2, Qt.AlignmentFlag.AlignTop)
        rating.setColumnStretch(1, 1)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(10)
        for widget in (self.title, self.meta):
            column.addWidget(widget)
        column.addLayout(progress)
        column.addLayout(actions)
        column.addWidget(self.files)
        column.addWidget(self.description)
        column.addWidget(lessons_title)
        column.addWidget(self.search)
        column.addWidget(self.lesson_hits)
        column.addWidget(self.lessons)
        column.addWidget(self.notice)
        column.addWidget(rate_title)
        column.addLayout(rating)
        column.addStretch(1)
        column.addWidget(self.leave, 0, Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop: its controls are
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Tab goes as the page reads: the actions, the lessons, the rating, then Leave
        chain = (
            self.enroll,
            self.start,
            self.download,
            self.retry_download,
            self.files.pause,
            self.files.cancel,
            self.search,
            self.lesson_hits.list,
            self.lessons,
            self.stars,
            self.review,
            self.save_review,
            self.leave,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def page_title(self) -> str:
        """What a screen reader hears when the page is shown: the course's title."""
        return self.course.title if self.course is not None else ""

    def set_colors(self, colors: Colors) -> None:
        self.lesson_hits.set_colors(colors)
        self.lesson_delegate.colors = colors
        self.lessons.viewport().update()

    def search_lessons(self) -> None:
        """Ask for the course's lesson sections holding the words in the search field."""
        self._search_debounce.stop()
        words = self.search.text().strip()
        if self.course is None or not words:
            self.lesson_hits.show_hits("", [])
            return
        self.lesson_search_requested.emit(self.course.id, words)

    def show_lesson_hits(self, course_id: str, query: str, hits: list[LessonHit]) -> None:
        """Hits of a lesson search; a late answer to older words is dropped."""
        current = self.course is not None and self.course.id == course_id
        if current and query == self.search.text().strip():
            self.lesson_hits.show_hits(query, hits)

    def on_search_return_pressed(self) -> None:
        self.search_lessons()

    def show_course(self, course: CourseDetail) -> None:
        same_course = self.course is not None and self.course.id == course.id
        if not same_course:
            self.search.clear()  # another course: the words were for the last one
            self.lesson_hits.show_hits("", [])
        self.course = course
        self.title.setText(course.title)
        self.meta.setText("  ·  ".join(self._facts(course)))
        pct = round(course.progress * 100)
        self.progress.setRange(0, 100)
        self.progress.setValue(pct)
        self.progress_label.setText(" · ".join(self._progress_words(course)))
        self.enroll.setEnabled(True)
        self.leave.setEnabled(True)
        self.progress.setVisible(course.is_enrolled)
        self.progress_label.setVisible(course.is_enrolled)
        self.enroll.setVisible(not course.is_enrolled)
        self.leave.setVisible(course.is_enrolled)
        self._show_start(course)
        self.description.setText(course.description)
        self.lessons_model.set_lessons(course.lessons)
        # the page scrolls as a whole; the list shows every lesson without its own scrollbar
        self.lessons.setFixedHeight(max(1, len(course.lessons)) * LessonRowDelegate.HEIGHT + 6)
        self.lessons.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not same_course:
            self.stars.blockSignals(True)
            self.stars.set_rating(course.my_rating)
            self.stars.blockSignals(False)
            self.review.setPlainText(course.my_review)
            self.notice.clear()
        self.show_offline_state(course.offline_state, course.download_progress)
        self.files.show_course(course)

    def _facts(self, course: CourseDetail) -> list[str]:
        """The line under the title: who, how hard, how long, how liked (one fact each)."""
        facts = (
            [self.tr("by {instructor}").format(instructor=course.instructor)]
            if course.instructor
            else []
        )
        facts += [
            difficulty_name(course.difficulty),
            self.tr("{hours} h").format(hours=i18n.number(course.duration_hours)),
            wording.rating(course.rating),
            wording.learners(course.enrollment_count),
        ]
        if course.is_premium:
            facts.append(self.tr("Premium"))
        return facts

    def _progress_words(self, course: CourseDetail) -> list[str]:
        """Beside the progress bar: the percentage, the lessons done, when it was completed."""
        done = sum(1 for row in course.lessons if row.completed)
        words = [
            i18n.percent(course.progress * 100),
            self.tr("{done} of %Ln lesson(s) done", "", len(course.lessons)).format(
                done=i18n.number(done)
            ),
        ]
        if course.completed_at is not None:
            words.append(self.tr("completed {date}").format(date=timefmt.date(course.completed_at)))
        return words

    def show_files_progress(self, course_id: str, done: int, total: int, finished: bool) -> None:
        self.files.show_progress(course_id, done, total, finished)

    def on_files_pause_requested(self, paused: bool) -> None:
        if self.course is not None:
            self.files_pause_requested.emit(self.course.id, paused)

    def on_files_cancel_requested(self) -> None:
        if self.course is not None:
            self.files_cancel_requested.emit(self.course.id)

    def focus_next_lesson(self) -> None:
        """Keyboard focus on the first unfinished lesson (the first one when all are done)."""
        course = self.course
        if course is None or not course.lessons:
            return
        target = self.next_lesson()
        row = next(
            (
                i
                for i in range(self.lessons_model.rowCount())
                if self.lessons_model.lesson_at(i) is target
            ),
            0,
        )
        self.lessons.setCurrentIndex(self.lessons_model.index(row, 0))
        self.lessons.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_lesson(self) -> LessonRow | None:
        """The first unfinished lesson that is open to the learner, else the first one."""
        course = self.course
        if course is None or not course.lessons:
            return None
        ordered = sorted(course.lessons, key=lambda row: row.position)
        return next((row for row in ordered if not row.completed and not row.is_locked), ordered[0])

    def _show_start(self, course: CourseDetail) -> None:
        row = self.next_lesson()
        self.start.setVisible(course.is_enrolled and row is not None)
        if row is None:
            return
        if all(lesson.completed for lesson in course.lessons):
            words = self.tr("Review from the start")
        elif any(lesson.completed or lesson.progress > 0 for lesson in course.lessons):
            words = self.tr("Continue: {lesson}").format(lesson=row.title)
        else:
            words = self.tr("Start the course")
        self.start.setText("&" + words.replace("&", "&&"))  # Alt+first letter
        self.start.setAccessibleName(words)

    def show_offline_state(self, state: OfflineState, progress: float = 0.0) -> None:
        shown = (self.course.id if self.course else "", state)
        downloading = state is OfflineState.DOWNLOADING
        if shown != self._offline_shown:
            self._offline_shown = shown
            log.info("course %s: %s", shown[0], state.value)
            self._last_news = time.monotonic()  # a new download starts its clock
        elif downloading and round(progress * 1000) != self.download_bar.value():
            self._last_news = time.monotonic()  # something arrived
        self._downloading = downloading
        self._progress = progress
        self.download_bar.setVisible(downloading)
        self.download_bar.setRange(0, 1000)
        self.download_bar.setValue(int(progress * 1000))
        # while it runs the button stops it; what arrived stays (whole rows only)
        self.download.setEnabled(state is not OfflineState.AVAILABLE)
        self.download.setVisible(state is not OfflineState.AVAILABLE)  # nothing left to do
        if downloading:
            self.download.setText(self.tr("&Cancel download"))
            self.download.setAccessibleName(self.tr("Cancel download"))
            self._stall_check.start()
        else:
            words = self._download_words(state)
            self.download.setText(words)
            self.download.setAccessibleName(words.replace("&", ""))
            self._stall_check.stop()
        self._show_download_words()

    def _download_words(self, state: OfflineState) -> str:
        """The download button's text (with its mnemonic): what a download brings."""
        update = state is OfflineState.UPDATE_AVAILABLE
        remaining = self.course.download_remaining if self.course else None
        if not remaining:
            return self.tr("&Update download") if update else self.tr("&Download for offline")
        size = data_size(remaining)
        if update:
            return self.tr("&Update download ({size})").format(size=size)
        return self.tr("&Download for offline ({size})").format(size=size)

    def note_sync_news(self) -> None:
        """The sync service said something new (a page, a state): the download is alive."""
        self._last_news = time.monotonic()
        if self._downloading:
            self._show_download_words()

    def stalled_for(self) -> float:
        """Seconds without news while downloading (0 when not stalled)."""
        quiet = time.monotonic() - self._last_news
        return quiet if self._downloading and quiet >= self.stall_after_s else 0.0

    def _show_download_words(self) -> None:
        state = self._offline_shown[1] if self._offline_shown else OfflineState.NOT_DOWNLOADED
        stalled = self.stalled_for()
        self.retry_download.setVisible(bool(stalled))
        if stalled:
            self.offline_label.setText(
                self.tr(
                    "Download stalled at {percent} — nothing has arrived for {seconds} s. "
                    "It goes on by itself when the server answers."
                ).format(
                    percent=i18n.percent(self._progress * 100),
                    seconds=i18n.number(int(stalled)),
                )
            )
            self.offline_label.setObjectName("warningText")
        else:
            self.offline_label.setText(offline_words(state, self._progress))
            self.offline_label.setObjectName("muted")
        self.offline_label.style().polish(self.offline_label)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        announce(self.notice, text)  # it appears where the keyboard is not: say it

    # slots ------------------------------------------------------------------
    def on_enroll_clicked(self) -> None:
        if self.course is not None and not self.course.is_enrolled:
            self.enroll.setEnabled(False)  # re-enabled when the new state arrives
            self.enroll_requested.emit(self.course.id, True)

    def on_start_clicked(self) -> None:
        row = self.next_lesson()
        if row is not None:
            self.lesson_opened.emit(row.id)

    def on_leave_clicked(self) -> None:
        course = self.course
        if course is None or not course.is_enrolled:
            return
        if self._confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Leave course"),
                self.tr(
                    "Leave “{course}”? It leaves My courses; your progress is kept and "
                    "comes back if you enrol again."
                ).format(course=course.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.leave.setEnabled(False)  # re-enabled when the new state arrives
        self.enroll_requested.emit(course.id, False)

    def on_download_clicked(self) -> None:
        if self.course is None:
            return
        if self._downloading:
            self.cancel_download_requested.emit(self.course.id)
            return
        if self.course.download_bytes:
            self.choose_download(self.course)  # sizes known: what to bring?
            return
        self._start_download(self.course.id, FileChoice())

    def choose_download(self, course: CourseDetail) -> None:
        """Ask what the download brings (window-modal, without blocking the loop)."""
        dialog = DownloadChoiceDialog(course, self)
        dialog.accepted.connect(lambda: self._start_download(course.id, dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.download_dialog = dialog
        dialog.open()

    def _start_download(self, course_id: str, choice: FileChoice) -> None:
        if self.course is None or self.course.id != course_id:
            return  # the learner went to another course meanwhile
        self.show_offline_state(OfflineState.DOWNLOADING, 0.0)
        self.download_requested.emit(course_id, choice)

    def on_retry_download_clicked(self) -> None:
        if self.course is not None:
            self._last_news = time.monotonic()
            self._show_download_words()
            self.download_requested.emit(self.course.id, None)  # None: as chosen before

    def on_stall_check_timeout(self) -> None:
        self._show_download_words()

    def on_lessons_activated(self, index: QModelIndex) -> None:
        row = index.data(LessonRole)
        if not isinstance(row, LessonRow):
            return
        if row.is_locked:
            self.explain_locked(row)
            return
        self.notice.clear()
        self.lesson_opened.emit(row.id)

    def explain_locked(self, row: LessonRow) -> None:
        self.show_notice(
            self.tr("“{lesson}” opens once you complete {prerequisites}.").format(
                lesson=row.title,
                prerequisites=i18n.joined(
                    self.tr("“{lesson}”").format(lesson=title) for title in row.locked_by
                ),
            )
        )

    def on_save_review_clicked(self) -> None:
        if self.course is not None and self.stars.rating:
            self.review_submitted.emit(
                self.course.id, self.stars.rating, self.review.toPlainText().strip()
            )
        elif self.course is not None:
            self.show_notice(self.tr("Pick one to five stars first."))
