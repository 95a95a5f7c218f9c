"""One widget per quiz question kind; each reports its answer in the wire shape.

Answers follow the shared contract: an option id (single choice), a list of
option ids (multiple choice), free text (short answer), or None when the
learner left the question blank.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
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

from desktop.ui import i18n
from desktop.ui.i18n import translate
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
        numbered = self.tr("{number}. {prompt}").format(
            number=i18n.number(number), prompt=question.prompt
        )
        self.prompt = QLabel(
            f"<b>{_escape(numbered)}</b><br>{muted_span(_escape(describe_rule(question)))}",
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
        self.setAccessibleName(self.tr("Question {number}").format(number=i18n.number(number)))
        self._describe()

    def _describe(self) -> None:
        """The panel's description: the prompt, then once graded its feedback and why."""
        lines = [self.question.prompt]
        lines += [
            label.text() for label in (self.feedback, self.explanation) if not label.isHidden()
        ]
        self.setAccessibleDescription("\n".join(lines))

    def _build_inputs(self) -> None:
        q = self.question
        if q.kind == "short_answer":
            self.line = QLineEdit(self)
            self.line.setAccessibleName(self.tr("Answer: {prompt}").format(prompt=q.prompt))
            self.line.setPlaceholderText(self.tr("Your answer"))
            self.line.returnPressed.connect(self.submit_requested)
            self.layout_.addWidget(self.line)
            return
        single = q.kind == "single_choice"
        if single:
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
        for i, option in enumerate(q.options):
            letter = chr(ord("A") + i) if i < 26 else i18n.number(i + 1)
            # the letter and the author's words as one run of their own direction:
            # "B.  with open(…) as f", never ":B. …" in an Arabic window (a button's
            # own layout direction does not turn its text, an isolate does)
            text = i18n.isolated(f"{letter}.  {option.text}").replace("&", "&&")
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
        """Locked after submitting: the answers can't change, and Tab stops at the
        panel itself (its inputs are disabled), where its feedback is read."""
        inputs: list[QWidget] = [*self.buttons, *([self.line] if self.line else [])]
        for widget in inputs:
            widget.setEnabled(not locked)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if locked else Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        if self.hasFocus():  # a focused panel shows it, as a focused button does
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()

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
            self._describe()
            return
        earned = points_awarded if points_awarded is not None else 0
        if correct:
            self.feedback.setObjectName("okText")
            self.feedback.setText(self.tr("✓ Correct"))
        elif earned > 0:
            self.feedback.setObjectName("partialText")
            partly = self.tr(
                "◐ Partly right: {earned} of %Ln point(s). Correct answers: {answers}",
                "",
                self.question.points,
            )
            self.feedback.setText(
                partly.format(
                    earned=i18n.number(earned), answers=self._answer_words(correct_answer)
                )
            )
        else:
            self.feedback.setObjectName("errorText")
            self.feedback.setText(
                self.tr("✗ Not quite. Correct answer: {answer}").format(
                    answer=self._answer_words(correct_answer)
                )
            )
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self.feedback.setAccessibleName(self.feedback.text())
        self.show_explanation(explanation)
        self._describe()

    def show_verdict(self, correct: bool, points_awarded: int, explanation: str | None) -> None:
        """An assessed question's verdict from the server, once the quiz is closed:
        right or not and the points, never the key."""
        if correct:
            self.feedback.setObjectName("okText")
            self.feedback.setText(self.tr("✓ Right"))
        elif points_awarded > 0:
            self.feedback.setObjectName("partialText")
            partly = self.tr("◐ Partly right: {earned} of %Ln point(s)", "", self.question.points)
            self.feedback.setText(partly.format(earned=i18n.number(points_awarded)))
        else:
            self.feedback.setObjectName("errorText")
            self.feedback.setText(self.tr("✗ Not right"))
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self.feedback.setAccessibleName(self.feedback.text())
        self.show_explanation(explanation)
        self._describe()

    def show_explanation(self, explanation: str | None) -> None:
        if explanation:
            self.explanation.setText(self.tr("Why: {explanation}").format(explanation=explanation))
            self.explanation.setAccessibleName(self.explanation.text())
            self.explanation.show()
        else:
            self.explanation.hide()

    def clear_feedback(self) -> None:
        self.feedback.hide()
        self.explanation.hide()
        self._describe()
        self.set_answer(None)
        self.set_locked(False)

    def _answer_words(self, correct: tuple[str, ...]) -> str:
        """The accepted answers (“a” or “b”), or the correct options (a; b)."""
        if self.question.kind == "short_answer":
            quoted = [QLocale().quoteString(c) for c in correct]
            return _fold(quoted, self.tr("{answers} or {answer}", "accepted short answers"))
        texts = {o.id: o.text for o in self.question.options}
        options = [texts.get(c, c) for c in correct]
        return _fold(options, self.tr("{answers}; {answer}", "the correct options of a question"))


def _fold(items: list[str], pattern: str) -> str:
    """``items`` one after another, each added to those before by ``pattern``
    (``{answers}``: those before, ``{answer}``: the next one)."""
    text = items[0] if items else ""
    for item in items[1:]:
        text = pattern.format(answers=text, answer=item)
    return text


def describe_rule(question: QuizQuestion) -> str:
    """How the question is answered and scored, under its prompt."""
    parts: list[str] = []
    if question.kind == "single_choice":
        parts = [translate("questions", "choose one")]
    elif question.kind == "multiple_choice":
        parts = [translate("questions", "choose all that apply")]
        if question.scoring == "partial":
            parts.append(translate("questions", "Partial credit"))
        else:
            parts.append(translate("questions", "All correct options needed"))
    elif question.kind == "short_answer":
        parts = [translate("questions", "type your answer")]
        if question.case_sensitive:
            parts.append(translate("questions", "Case matters"))
    parts.append(translate("questions", "%Ln point(s)", "", question.points))
    return " · ".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
