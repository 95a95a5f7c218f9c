"""One widget per quiz question kind; each reports its answer in the wire shape.

Answers follow the shared contract: an option id (single choice), a list of
option ids (multiple choice), free text (short answer), or None when the
learner left the question blank.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from desktop.ui.viewdata import QuizQuestion

Answer = str | list[str] | None


class QuestionWidget(QFrame):
    """A question: its prompt, its inputs, and after grading, its feedback."""

    submit_requested = Signal()  # Enter in a short answer

    def __init__(self, number: int, question: QuizQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.question = question
        points = "1 point" if question.points == 1 else f"{question.points} points"
        hint = {
            "single_choice": "choose one",
            "multiple_choice": "choose all that apply",
            "short_answer": "type your answer",
        }.get(question.kind, "")
        self.prompt = QLabel(
            f"<b>{number}. {_escape(question.prompt)}</b>"
            f"<br><span style='color:gray'>{hint} · {points}</span>",
            self,
        )
        self.prompt.setWordWrap(True)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.addWidget(self.prompt)
        self.buttons: list[QAbstractButton] = []
        self.group: QButtonGroup | None = None
        self.line: QLineEdit | None = None
        self._build_inputs()
        self.layout_.addWidget(self.feedback)
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

    def show_feedback(self, correct: bool | None, correct_answer: tuple[str, ...]) -> None:
        """None = not graded here (assessed quiz)."""
        if correct is None:
            self.feedback.hide()
            return
        if correct:
            self.feedback.setObjectName("okText")
            self.feedback.setText("✓ Correct")
        else:
            self.feedback.setObjectName("errorText")
            words = self._answer_words(correct_answer)
            self.feedback.setText(f"✗ Not quite. Correct answer: {words}")
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self.feedback.setAccessibleName(self.feedback.text())

    def clear_feedback(self) -> None:
        self.feedback.hide()
        self.set_answer(None)
        self.set_locked(False)

    def _answer_words(self, correct: tuple[str, ...]) -> str:
        if self.question.kind == "short_answer":
            return " or ".join(f"“{c}”" for c in correct)
        texts = {o.id: o.text for o in self.question.options}
        return "; ".join(texts.get(c, c) for c in correct)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
