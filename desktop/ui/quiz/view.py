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

from desktop.rules.grading import GradableQuestion, GradeResult, grade
from desktop.ui.lesson.recorder import StudyRecorder
from desktop.ui.quiz.attempts import AttemptListModel, describe_rules, describe_standing
from desktop.ui.quiz.questions import QuestionWidget
from desktop.ui.viewdata import QuizAttemptSummary, QuizData

AWAITING_GRADE = (
    "Submitted — it will be graded by the school's server at the next sync; "
    "your answers are saved on this laptop."
)


class QuizView(QWidget):
    attempt_submitted = Signal(object)  # QuizAttemptSummary
    back_to_lesson = Signal(str)
    feedback_requested = Signal(str)  # attempt id: which answers were right (server, online)

    def __init__(self, recorder: StudyRecorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.quiz: QuizData | None = None
        self._awaiting: str | None = None  # an assessed attempt submitted here, not graded yet
        self.questions: list[QuestionWidget] = []
        self.last_result: GradeResult | None = None
        self._timer = QElapsedTimer()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the author's text, never HTML
        self.title.setObjectName("pageTitle")
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("pageSubtitle")
        self.mode_label.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("sectionTitle")
        self.result.setWordWrap(True)
        self.result.hide()
        self.submit = QPushButton("&Submit answers", self)
        self.submit.setProperty("primary", True)
        self.submit.setToolTip("Ctrl+Enter")
        self.retry = QPushButton("&Try again", self)
        self.back = QPushButton("Back to the &lesson", self)
        self.show_verdicts = QPushButton("Show which answers were &right", self)
        self.show_verdicts.hide()
        self.verdicts = QLabel(self)
        self.verdicts.setWordWrap(True)
        self.verdicts.hide()
        self.attempts_model = AttemptListModel(self)
        self.attempts = QListView(self)
        self.attempts.setAccessibleName("Past attempts")
        self.attempts.setProperty("roomy", True)
        self.attempts.setWordWrap(True)
        self.attempts.setModel(self.attempts_model)
        self.attempts.setFixedWidth(340)
        self._questions_box = QWidget(self)
        self._questions_layout = QVBoxLayout(self._questions_box)
        self._questions_layout.setSpacing(12)
        self._build_layout()
        self.submit.clicked.connect(self.on_submit_clicked)
        self.retry.clicked.connect(self.on_retry_clicked)
        self.back.clicked.connect(self.on_back_clicked)
        self.show_verdicts.clicked.connect(self.on_show_verdicts_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.on_submit_clicked)

    def _build_layout(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._questions_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit)
        buttons.addWidget(self.retry)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.mode_label)
        left.addWidget(self.result)
        left.addWidget(scroll, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        heading = QLabel("Past attempts", self)
        heading.setObjectName("sectionTitle")
        right.addWidget(heading)
        right.addWidget(self.attempts, 1)
        right.addWidget(self.show_verdicts)
        right.addWidget(self.verdicts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(16)
        layout.addLayout(left, 1)
        layout.addLayout(right)

    def show_quiz(self, quiz: QuizData) -> None:
        self.quiz = quiz
        self.title.setText(quiz.title)
        if quiz.mode == "assessed":
            rules = (
                describe_rules(quiz.max_attempts, quiz.grading)
                + " "
                + describe_standing(quiz.max_attempts, quiz.attempts_used, quiz.passed)
                if quiz.max_attempts is not None
                else ""
            )
            self.mode_label.setText(
                f"Assessed quiz. {rules}Your answers are graded by the "
                "school's server. You'll see your grade after the next "
                "sync."
            )
        else:
            self.mode_label.setText(
                "Practice quiz: you'll see your grade and the correct "
                "answers as soon as you submit. 70% passes."
            )
        for widget in self.questions:
            widget.deleteLater()
        self.questions = []
        for number, question in enumerate(quiz.questions, start=1):
            widget = QuestionWidget(number, question, self._questions_box)
            widget.submit_requested.connect(self.on_submit_clicked)
            self._questions_layout.addWidget(widget)
            self.questions.append(widget)
        self._questions_layout.addStretch(1)
        self.attempts_model.set_attempts(quiz.attempts)
        self.show_verdicts.setVisible(self.verdict_attempt() is not None)
        self.verdicts.hide()
        self._reset()

    def verdict_attempt(self) -> QuizAttemptSummary | None:
        """The attempt whose answers the learner may check: the latest graded, counted
        one, once the server closed an assessed quiz that allows it."""
        quiz = self.quiz
        if quiz is None or not quiz.feedback_available:
            return None
        graded = [a for a in quiz.attempts if a.counted and a.server_score is not None]
        return max(graded, key=lambda a: a.completed_at, default=None)

    def show_verdict_result(self, verdicts: dict[str, bool]) -> None:
        """Right or wrong per question (never the correct answer: the key stays secret)."""
        parts = [
            f"question {number} {'right ✓' if verdicts[widget.question.id] else 'not right ✗'}"
            for number, widget in enumerate(self.questions, start=1)
            if widget.question.id in verdicts
        ]
        text = (
            ("Your graded attempt: " + ", ".join(parts) + ".")
            if parts
            else ("The server has no answers of yours for these questions.")
        )
        self.verdicts.setText(text)
        self.verdicts.setObjectName("")
        self.verdicts.show()
        self.show_verdicts.setEnabled(True)

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
            text = "Graded by the server: over the attempt limit, not counted."
        else:
            score = graded.server_score or 0
            pct = round(100 * score / graded.max_score) if graded.max_score else 0
            verdict = "Passed ✓" if graded.passed else "Not passed yet — 70% passes"
            text = f"Graded: {score} of {graded.max_score} points ({pct}%). {verdict}"
        self.result.setText(text)
        self.result.setAccessibleName(text)

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
            self.result.setText(AWAITING_GRADE)
            self._awaiting = attempt_id  # show_attempts replaces the text once it is graded
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
                    )
                    for w in self.questions
                ],
            )
            self.last_result = result
            by_id = {r.question_id: r for r in result.questions}
            for widget in self.questions:
                r = by_id[widget.question.id]
                widget.show_feedback(r.is_correct, r.correct_answer)
            summary = QuizAttemptSummary(
                attempt_id, now, result.score, result.max_score, result.passed
            )
            pct = round(100 * result.score / result.max_score)
            verdict = "Passed ✓" if result.passed else "Not passed yet — 70% passes"
            self.result.setText(f"{result.score} of {result.max_score} points ({pct}%). {verdict}")
        self.result.setAccessibleName(self.result.text())
        self.result.show()
        for widget in self.questions:
            widget.set_locked(True)
        self.submit.setEnabled(False)
        self.retry.show()
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

    def on_back_clicked(self) -> None:
        if self.quiz is not None:
            self.back_to_lesson.emit(self.quiz.lesson_id)
