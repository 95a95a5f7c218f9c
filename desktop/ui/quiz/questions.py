"""One widget per quiz question kind; each reports its answer in the wire shape.

Answers follow the shared contract: an option id (single choice), a list of
option ids (multiple choice), free text (short answer), or None when the
learner left the question blank.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.theme import muted_span
from desktop.ui.viewdata import QuizQuestion

Answer = str | list[str] | None


class QuestionWidget(QFrame):
    """A question: its prompt, its inputs, and after grading, its feedback."""

    submit_requested = Signal()  # Enter in a short answer

    def __init__(self, number: int, question: QuizQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.question = question
        self.prompt = QLabel(
            f"<b>{number}. {_escape(question.prompt)}</b>"
            f"<br>{muted_span(_escape(describe_rule(question)))}",
            self,
        )
        self.prompt.setWordWrap(True)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.explanation = QLabel(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # the author's text, never HTML
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.addWidget(self.prompt)
        self.buttons: list[QAbstractButton] = []
        self.group: QButtonGroup | None = None
        self.line: QLineEdit | None = None
        self._build_inputs()
        self.layout_.addWidget(self.feedback)
        self.layout_.addWidget(self.explanation)
        self.setAccessibleName(f"Question {number}")
        self.setAccessibleDescription(question.prompt)

    def _build_inputs(self) -> None:
        q = self.question
        if q.kind == "short_answer":
            self.line = QLineEdit(self)
            self.line.setAccessibleName(f"Answer: {q.prompt}")
            self.line.setPlaceholderText("Your answer")
            self.line.returnPressed.connect(self.submit_requested)
            self.layout_.addWidget(self.line)
            return
        single = q.kind == "single_choice"
        if single:
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
        for i, option in enumerate(q.options):
            letter = chr(ord("A") + i) if i < 26 else str(i + 1)
            text = f"{letter}.  {option.text}".replace("&", "&&")
            button: QAbstractButton = QRadioButton(text, self) if single else QCheckBox(text, self)
            button.setProperty("option_id", option.id)
            button.setAccessibleName(option.text)
            if self.group is not None:
                self.group.addButton(button, i)
            self.buttons.append(button)
            self.layout_.addWidget(button)

    def focus_first_input(self) -> None:
        target = self.line if self.line is not None else (self.buttons[0] if self.buttons else None)
        if target is not None:
            target.setFocus()

    def answer(self) -> Answer:
        if self.line is not None:
            text = self.line.text()
            return text if text.strip() else None
        chosen = [str(b.property("option_id")) for b in self.buttons if b.isChecked()]
        if self.question.kind == "single_choice":
            return chosen[0] if chosen else None
        return chosen or None

    def set_answer(self, answer: Answer) -> None:
        if self.line is not None:
            self.line.setText(answer if isinstance(answer, str) else "")
            return
        wanted = {answer} if isinstance(answer, str) else set(answer or [])
        if self.group is not None:
            self.group.setExclusive(False)  # an exclusive group refuses to uncheck its last
        for button in self.buttons:
            button.setChecked(str(button.property("option_id")) in wanted)
        if self.group is not None:
            self.group.setExclusive(True)

    def set_locked(self, locked: bool) -> None:
        inputs: list[QWidget] = [*self.buttons, *([self.line] if self.line else [])]
        for widget in inputs:
            widget.setEnabled(not locked)

    def show_feedback(
        self,
        correct: bool | None,
        correct_answer: tuple[str, ...],
        *,
        points_awarded: int | None = None,
        explanation: str | None = None,
    ) -> None:
        """None = not graded here (assessed quiz).  ``points_awarded`` below the
        question's points but above 0 is partial credit."""
        if correct is None:
            self.feedback.hide()
            self.explanation.hide()
            return
        earned = points_awarded if points_awarded is not None else 0
        if correct:
            self.feedback.setObjectName("okText")
            self.feedback.setText("✓ Correct")
        elif earned > 0:
            self.feedback.setObjectName("partialText")
            words = self._answer_words(correct_answer)
            self.feedback.setText(
                f"◐ Partly right: {earned} of {_points(self.question.points)}. "
                f"Correct answers: {words}"
            )
        else:
            self.feedback.setObjectName("errorText")
            words = self._answer_words(correct_answer)
            self.feedback.setText(f"✗ Not quite. Correct answer: {words}")
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self.feedback.setAccessibleName(self.feedback.text())
        self.show_explanation(explanation)

    def show_verdict(self, correct: bool, points_awarded: int, explanation: str | None) -> None:
        """An assessed question's verdict from the server, once the quiz is closed:
        right or not and the points, never the key."""
        if correct:
            self.feedback.setObjectName("okText")
            self.feedback.setText("✓ Right")
        elif points_awarded > 0:
            self.feedback.setObjectName("partialText")
            self.feedback.setText(
                f"◐ Partly right: {points_awarded} of {_points(self.question.points)}"
            )
        else:
            self.feedback.setObjectName("errorText")
            self.feedback.setText("✗ Not right")
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self.feedback.setAccessibleName(self.feedback.text())
        self.show_explanation(explanation)

    def show_explanation(self, explanation: str | None) -> None:
        if explanation:
            self.explanation.setText(f"Why: {explanation}")
            self.explanation.setAccessibleName(self.explanation.text())
            self.explanation.show()
        else:
            self.explanation.hide()

    def clear_feedback(self) -> None:
        self.feedback.hide()
        self.explanation.hide()
        self.set_answer(None)
        self.set_locked(False)

    def _answer_words(self, correct: tuple[str, ...]) -> str:
        if self.question.kind == "short_answer":
            return " or ".join(f"“{c}”" for c in correct)
        texts = {o.id: o.text for o in self.question.options}
        return "; ".join(texts.get(c, c) for c in correct)


def describe_rule(question: QuizQuestion) -> str:
    """How the question is answered and scored, under its prompt."""
    parts = {
        "single_choice": ["choose one"],
        "multiple_choice": [
            "choose all that apply",
            "Partial credit" if question.scoring == "partial" else "All correct options needed",
        ],
        "short_answer": ["type your answer"]
        + (["Case matters"] if question.case_sensitive else []),
    }.get(question.kind, [])
    return " · ".join([*parts, _points(question.points)])


def _points(n: int) -> str:
    return "1 point" if n == 1 else f"{n} points"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
