"""The quiz page: answer, submit, see the grade at once (practice) or after sync (assessed)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.grading import QUIZ_PASSED_POINTS, GradableQuestion, GradeResult, grade
from desktop.sync.states import SyncState, SyncStatus
from desktop.ui import i18n
from desktop.ui.lesson.recorder import StudyRecorder
from desktop.ui.lesson.tab_order import set_tab_order
from desktop.ui.quiz.attempts import (
    AttemptListModel,
    describe_grade,
    describe_rules,
    describe_standing,
    pass_mark,
)
from desktop.ui.quiz.questions import QuestionWidget
from desktop.ui.viewdata import QuizAttemptSummary, QuizData
from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.announce import announce

SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class QuizView(QWidget):
    attempt_submitted = Signal(object)  # QuizAttemptSummary
    back_to_lesson = Signal(str)
    feedback_requested = Signal(str)  # attempt id: which answers were right (server, online)
    lesson_requested = Signal(str)  # the way on after passing: the next lesson
    course_requested = Signal(str)  # … or the course, after its last lesson

    def __init__(self, recorder: StudyRecorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.quiz: QuizData | None = None
        self._awaiting: str | None = None  # an assessed attempt submitted here, not graded yet
        self._syncing = False  # a sync cycle is running: the awaiting attempt is being graded
        self.questions: list[QuestionWidget] = []
        self.last_result: GradeResult | None = None
        self._timer = QElapsedTimer()
        self.title = make_heading(QLabel(self))
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the author's text, never HTML
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long title at large text wraps, never cut
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("pageSubtitle")
        self.mode_label.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("sectionTitle")
        self.result.setWordWrap(True)
        self.result.hide()
        self.submit = QPushButton(self.tr("&Submit answers"), self)
        self.submit.setProperty("primary", True)
        # the keys' names in the learner's language (Qt's own catalogue): "Ctrl+Enter"
        self.submit.setToolTip(
            QKeySequence(SUBMIT_KEYS[-1]).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.retry = QPushButton(self.tr("&Try again"), self)
        self.back = QPushButton(self.tr("Back to the &lesson"), self)
        self.way_on = QPushButton(self)  # after passing: the next lesson, or the course
        self.way_on.setProperty("primary", True)
        self.way_on.hide()
        self.show_verdicts = QPushButton(self.tr("Show which answers were &right"), self)
        self.show_verdicts.hide()
        self.verdicts = QLabel(self)
        self.verdicts.setWordWrap(True)
        self.verdicts.hide()
        self.attempts_model = AttemptListModel(self)
        self.attempts = QListView(self)
        self.attempts.setAccessibleName(self.tr("Past attempts"))
        self.attempts.setProperty("roomy", True)
        self.attempts.setWordWrap(True)
        self.attempts.setModel(self.attempts_model)
        self.attempts.setMinimumWidth(240)  # narrower on a 1024 px laptop, beside the lesson list
        self.attempts.setMaximumWidth(340)
        self._questions_box = QWidget(self)
        self._questions_box.setMaximumWidth(900)  # a comfortable line length on wide windows
        self._questions_layout = QVBoxLayout(self._questions_box)
        self._questions_layout.setSpacing(12)
        self._build_layout()
        self.submit.clicked.connect(self.on_submit_clicked)
        self.retry.clicked.connect(self.on_retry_clicked)
        self.back.clicked.connect(self.on_back_clicked)
        self.show_verdicts.clicked.connect(self.on_show_verdicts_clicked)
        self.way_on.clicked.connect(self.on_way_on_clicked)
        for keys in SUBMIT_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.on_submit_clicked)

    def _build_layout(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops at its questions, not at it
        scroll.setWidget(self._questions_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit)
        buttons.addWidget(self.retry)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.way_on)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.mode_label)
        left.addWidget(self.result)
        left.addWidget(scroll, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        heading = QLabel(self.tr("Past attempts"), self)
        heading.setObjectName("sectionTitle")
        right.addWidget(heading)
        right.addWidget(self.attempts, 1)
        right.addWidget(self.show_verdicts)
        right.addWidget(self.verdicts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(16)
        layout.addLayout(left, 3)
        layout.addLayout(right, 1)  # the attempts: 240–340 px, by the window's width

    def _describe_mode(self, quiz: QuizData) -> None:
        if quiz.mode == "assessed":
            sentences = [self.tr("Assessed quiz.")]
            if quiz.max_attempts is not None:
                sentences.append(describe_rules(quiz.max_attempts, quiz.grading))
                sentences.append(
                    describe_standing(quiz.max_attempts, quiz.attempts_used, quiz.passed)
                )
            sentences.append(
                self.tr(
                    "Your answers are graded by the school's server. "
                    "You'll see your grade after the next sync."
                )
            )
            self.mode_label.setText(" ".join(s for s in sentences if s))
        else:
            self.mode_label.setText(
                self.tr(
                    "Practice quiz: you'll see your grade and the correct "
                    "answers as soon as you submit. {pass_mark} passes."
                ).format(pass_mark=pass_mark())
            )

    def update_quiz(self, quiz: QuizData) -> None:
        """The same quiz read again (a sync brought grades): the standing, past
        attempts and result follow; the questions and the learner's answers stay."""
        if self.quiz is None or quiz.lesson_id != self.quiz.lesson_id:
            return
        self.quiz = quiz
        self._describe_mode(quiz)
        self.show_verdicts.setVisible(self.verdict_attempt() is not None)
        self.show_attempts(quiz.attempts)

    def show_quiz(self, quiz: QuizData) -> None:
        self.quiz = quiz
        self.title.setText(quiz.title)
        self._describe_mode(quiz)
        for widget in self.questions:
            widget.deleteLater()
        self.questions = []
        for number, question in enumerate(quiz.questions, start=1):
            widget = QuestionWidget(number, question, self._questions_box)
            widget.submit_requested.connect(self.on_submit_clicked)
            self._questions_layout.addWidget(widget)
            self.questions.append(widget)
        self._questions_layout.addStretch(1)
        self._set_tab_order()
        self.attempts_model.set_attempts(quiz.attempts)
        self.show_verdicts.setVisible(self.verdict_attempt() is not None)
        self.verdicts.hide()
        self._reset()
        # Back at a quiz whose latest attempt still waits for the server: say so,
        # and show its grade when a sync brings it.
        latest = max(quiz.attempts, key=lambda a: a.completed_at, default=None)
        if quiz.mode == "assessed" and latest is not None and latest.awaiting_grade:
            self._awaiting = latest.id
            self._show_result(self._pending_text(), say=False)  # the page's title first

    def page_title(self) -> str:
        """What a screen reader hears when the page is shown (the window announces it):
        which quiz, and what passes."""
        if self.quiz is None:
            return ""
        return self.tr("{title}. {pass_mark} passes.").format(
            title=self.quiz.title, pass_mark=pass_mark()
        )

    def _set_tab_order(self) -> None:
        """The questions, then the buttons under them, then the past attempts: the
        questions are made after the rest of the window, so Qt would put them last."""
        set_tab_order(
            [
                *self.questions,
                self.submit,
                self.retry,
                self.back,
                self.way_on,
                self.attempts,
                self.show_verdicts,
            ]
        )

    def set_sync_state(self, state: SyncState) -> None:
        """The sync service's state: while a cycle runs, an attempt waiting for the
        server is being graded."""
        self._syncing = state.status is SyncStatus.SYNCING
        if self._awaiting is not None:
            self._show_result(self._pending_text())

    def _pending_text(self) -> str:
        if self._syncing:
            return self.tr("Grading…")
        return self.tr(
            "Submitted — will be graded when you're online. "
            "Your answers are saved on this computer."
        )

    def _show_result(self, text: str, *, say: bool = True) -> None:
        if text == self.result.text() and not self.result.isHidden():
            return  # the same words again (another sync state): nothing new to say
        self.result.setText(text)
        self._tell_result(say=say)

    def _tell_result(self, *, say: bool = True) -> None:
        """The result, shown: said at once, and on the buttons that take the focus
        next (a screen reader that misses announcements reads it there)."""
        text = self.result.text()
        self.result.setAccessibleName(text)
        self.result.show()
        for button in (self.way_on, self.retry):
            button.setAccessibleDescription(text)
        if say:
            announce(self.result, text)

    def _show_way_on(self, passed: bool) -> None:
        """After a pass: the next lesson of the course, or the course after its last."""
        quiz = self.quiz
        if not passed or quiz is None or quiz.course_id is None:
            self.way_on.hide()
            return
        if quiz.next_lesson_id is not None:
            title = quiz.next_lesson_title.replace("&", "&&")
            self.way_on.setText(self.tr("&Next lesson: {title} →").format(title=title))
        else:
            self.way_on.setText(self.tr("Course complete — back to the &course"))
        self.way_on.show()
        self.way_on.setFocus()

    def _first_pass(self, attempt_id: str) -> bool:
        """No other attempt at this quiz passed: passing now earns the reward."""
        return not any(a.passed for a in self.attempts_model.attempts() if a.id != attempt_id)

    def verdict_attempt(self) -> QuizAttemptSummary | None:
        """The attempt whose answers the learner may check: the latest graded, counted
        one, once the server closed an assessed quiz that allows it."""
        quiz = self.quiz
        if quiz is None or not quiz.feedback_available:
            return None
        graded = [a for a in quiz.attempts if a.counted and a.server_score is not None]
        return max(graded, key=lambda a: a.completed_at, default=None)

    def show_verdict_result(
        self,
        verdicts: dict[str, bool],
        points: dict[str, int] | None = None,
        explanations: dict[str, str] | None = None,
    ) -> None:
        """Right or wrong per question (never the correct answer: the key stays secret),
        with the points each earned and the instructor's explanations."""
        parts = [
            (
                self.tr("question {number} right ✓")
                if verdicts[widget.question.id]
                else self.tr("question {number} not right ✗")
            ).format(number=i18n.number(number))
            for number, widget in enumerate(self.questions, start=1)
            if widget.question.id in verdicts
        ]
        for widget in self.questions:
            qid = widget.question.id
            if qid in verdicts:
                earned = (points or {}).get(qid, widget.question.points if verdicts[qid] else 0)
                widget.show_verdict(verdicts[qid], earned, (explanations or {}).get(qid))
        if parts:
            text = self.tr("Your graded attempt: {questions}.").format(
                questions=self._one_after_another(parts)
            )
        else:
            text = self.tr("The server has no answers of yours for these questions.")
        self.verdicts.setText(text)
        self.verdicts.setObjectName("")
        self.verdicts.show()
        self.show_verdicts.setEnabled(True)

    def _one_after_another(self, parts: list[str]) -> str:
        """ "question 1 right ✓, question 2 not right ✗": the verdicts in a row."""
        text = parts[0]
        for part in parts[1:]:
            text = self.tr("{verdicts}, {verdict}", "the verdicts of a graded attempt").format(
                verdicts=text, verdict=part
            )
        return text

    def show_verdict_problem(self, message: str) -> None:
        self.verdicts.setText(message)
        self.verdicts.setObjectName("errorText")
        self.verdicts.style().polish(self.verdicts)
        self.verdicts.show()
        self.show_verdicts.setEnabled(True)

    def show_attempts(self, attempts: tuple[QuizAttemptSummary, ...]) -> None:
        """Refresh past attempts (e.g. after sync brought the server's grades); the
        attempt just submitted shows its grade in place of "will be graded"."""
        self.attempts_model.set_attempts(attempts)
        graded = next(
            (
                a
                for a in attempts
                if a.id == self._awaiting and (a.server_score is not None or not a.counted)
            ),
            None,
        )
        if graded is None:
            return
        self._awaiting = None
        if not graded.counted:
            self._show_result(
                self.tr(
                    "Kept by the server, not counted: the quiz changed since you took it; "
                    "take it as it is now."
                )
                if graded.not_counted_reason == "quiz_changed"
                else self.tr("Graded by the server: over the attempt limit, not counted.")
            )
            return
        score = graded.server_score or 0
        passed = bool(graded.passed)
        reward = QUIZ_PASSED_POINTS if passed and self._first_pass(graded.id) else 0
        result = describe_grade(score, graded.max_score, passed, reward)
        self._show_result(self.tr("Graded: {result}").format(result=result))
        self._show_way_on(passed)

    def answers(self) -> dict[str, dict[str, object]]:
        """The attempt in the shared wire shape, one entry per question shown."""
        return {
            w.question.id: {"version": w.question.version, "answer": w.answer()}
            for w in self.questions
        }

    def _reset(self) -> None:
        self._awaiting = None
        for widget in self.questions:
            widget.clear_feedback()
        self.result.hide()
        for button in (self.way_on, self.retry):
            button.setAccessibleDescription("")
        self.way_on.hide()
        self.submit.setEnabled(bool(self.questions))
        self.retry.hide()
        self.last_result = None
        self._timer.start()
        if self.questions:
            self.questions[0].focus_first_input()

    # slots ------------------------------------------------------------------
    def on_submit_clicked(self) -> None:
        if self.quiz is None or not self.submit.isEnabled():
            return
        answers = self.answers()
        taken = int(self._timer.elapsed() / 1000)
        keys = self.quiz.answer_keys
        now = datetime.now(UTC)
        attempt_id = str(uuid.uuid4())
        max_score = sum(w.question.points for w in self.questions)
        if keys is None:
            summary = QuizAttemptSummary(attempt_id, now, None, max_score, None)
            for widget in self.questions:
                widget.show_feedback(None, ())
            self._awaiting = attempt_id  # show_attempts replaces the text once it is graded
            self.result.setText(self._pending_text())
            self._tell_result()
        else:
            result = grade(
                answers,
                [
                    GradableQuestion(
                        w.question.id,
                        w.question.version,
                        w.question.kind,  # type: ignore[arg-type]  # checked by grade
                        w.question.points,
                        tuple(keys.get(w.question.id, ())),
                        w.question.scoring,  # type: ignore[arg-type]  # checked by grade
                        w.question.case_sensitive,
                    )
                    for w in self.questions
                ],
            )
            self.last_result = result
            by_id = {r.question_id: r for r in result.questions}
            explanations = self.quiz.explanations
            for widget in self.questions:
                r = by_id[widget.question.id]
                widget.show_feedback(
                    r.is_correct,
                    r.correct_answer,
                    points_awarded=r.points_awarded,
                    explanation=explanations.get(widget.question.id),
                )
            summary = QuizAttemptSummary(
                attempt_id, now, result.score, result.max_score, result.passed
            )
            reward = (
                QUIZ_PASSED_POINTS
                if result.passed and self.recorder.recording and self._first_pass(attempt_id)
                else 0
            )
            self.result.setText(
                describe_grade(result.score, result.max_score, result.passed, reward)
            )
            self._tell_result()
            self._show_way_on(result.passed)
        for widget in self.questions:
            widget.set_locked(True)
        self.submit.setEnabled(False)
        self.retry.show()
        if self.way_on.isHidden():
            self.retry.setFocus()
        if self.recorder.recording:
            self.recorder.record_quiz_attempt(self.quiz.lesson_id, answers, taken, summary)
        self.attempts_model.set_attempts([*self.attempts_model.attempts(), summary])
        self.attempt_submitted.emit(summary)

    def on_retry_clicked(self) -> None:
        self._reset()

    def on_show_verdicts_clicked(self) -> None:
        attempt = self.verdict_attempt()
        if attempt is not None:
            self.show_verdicts.setEnabled(False)  # until the answer arrives
            self.feedback_requested.emit(attempt.id)

    def on_way_on_clicked(self) -> None:
        quiz = self.quiz
        if quiz is None:
            return
        if quiz.next_lesson_id is not None:
            self.lesson_requested.emit(quiz.next_lesson_id)
        elif quiz.course_id is not None:
            self.course_requested.emit(quiz.course_id)

    def on_back_clicked(self) -> None:
        if self.quiz is not None:
            self.back_to_lesson.emit(self.quiz.lesson_id)
