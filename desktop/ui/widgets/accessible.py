"""Accessibility interfaces Qt does not give our widgets by itself.

Qt names a QLabel *static text* whatever it shows, and a custom-painted control
a *filler*.  Three interfaces of our own, handed to Qt through one factory:

- :func:`make_heading` marks a page or section title as a *heading*
  (``QAccessible.Role.Heading``), so a screen reader can say where a page starts;
- the notice :mod:`desktop.ui.widgets.announce` speaks through is a
  *notification* (``QAccessible.Role.Notification``);
- a widget with an ``accessible_value()`` method (the star rating) is exposed as
  a *slider* with a value interface (minimum, maximum, current value, and the
  value in words), so a reader says it can be changed and by how much.

Qt owns the interfaces the factory returns and deletes each with its widget;
this module keeps a reference to each so Python never deletes one (``_made``).
"""

from __future__ import annotations

from typing import Protocol, cast

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleValueInterface,
    QTextDocument,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

_HEADING = "accessibleHeading"  # a dynamic property on the label
NOTICE = "accessibleNotice"  # the same, on announce.py's notice label
_installed = False


class ValueWidget(Protocol):
    """What a widget offers to be read as a slider."""

    def accessible_value(self) -> tuple[int, int, int, str]:
        """(minimum, maximum, current value, the current value in words)."""
        ...

    def set_accessible_value(self, value: int) -> None: ...


class HeadingInterface(QAccessibleWidget):
    """A title label read as a heading, named by the words it shows."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self._label.accessibleName() or plain_text(self._label)
        return super().text(t)


class NoticeInterface(QAccessibleWidget):
    """A spoken notice (``desktop.ui.widgets.announce``): a *notification*, which Orca
    reads ("notification Lesson completed") each time it goes from hidden to shown."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Notification)
        self._label = label

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self._label.text()
        return super().text(t)


class SliderInterface(QAccessibleWidget, QAccessibleValueInterface):
    """A custom-painted control with a value, read as a slider."""

    def __init__(self, widget: QWidget) -> None:
        QAccessibleWidget.__init__(self, widget, QAccessible.Role.Slider)
        QAccessibleValueInterface.__init__(self)
        self._widget = widget

    def _value(self) -> tuple[int, int, int, str]:
        return cast(ValueWidget, self._widget).accessible_value()

    def interface_cast(self, t: QAccessible.InterfaceType) -> int:
        if t == QAccessible.InterfaceType.ValueInterface:
            # the C++ pointer of this object's value-interface part (a VoidPtr: a
            # plain int would be taken for something else and crash)
            pointers = shiboken6.getCppPointer(self)
            return cast(int, shiboken6.VoidPtr(pointers[1]))
        # the other interfaces as QAccessibleWidget has them; none is None in Python,
        # which must go back to Qt as a null pointer
        other = cast("int | None", super().interface_cast(t))  # a VoidPtr, or None
        return cast(int, shiboken6.VoidPtr(0 if other is None else other))

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Value:
            return self._value()[3]
        return super().text(t)

    def currentValue(self) -> int:
        return self._value()[2]

    def minimumValue(self) -> int:
        return self._value()[0]

    def maximumValue(self) -> int:
        return self._value()[1]

    def minimumStepSize(self) -> int:
        return 1

    def setCurrentValue(self, value: object) -> None:
        if isinstance(value, int | float):
            cast(ValueWidget, self._widget).set_accessible_value(int(value))


def plain_text(label: QLabel) -> str:
    """What a label shows, without its markup."""
    words = label.text()
    if "<" not in words:
        return words
    document = QTextDocument()
    document.setHtml(words)
    return document.toPlainText()


# Every interface the factory made, held until the process ends. Qt owns them and
# deletes each with its widget (or with its cache, as the application ends); Python
# must never delete one. PySide's factory drops its own references when the
# application ends, possibly before Qt's cache is gone: held here as well, none of
# them reaches no reference (and a Python delete) while Qt still has it.
_made: list[QAccessibleInterface] = []


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    made: QAccessibleInterface
    if isinstance(obj, QLabel) and obj.property(_HEADING) is True:
        made = HeadingInterface(obj)
    elif isinstance(obj, QLabel) and obj.property(NOTICE) is True:
        made = NoticeInterface(obj)
    elif isinstance(obj, QWidget) and callable(getattr(obj, "accessible_value", None)):
        made = SliderInterface(obj)
    else:
        return None
    if len(_made) % 256 == 255:  # those Qt deleted (with their widgets) can go
        _made[:] = [iface for iface in _made if shiboken6.isValid(iface)]
    _made.append(made)
    return made


def install() -> None:
    """Hand our interfaces to Qt (once; before the widgets that use them are read)."""
    global _installed
    if not _installed:
        _installed = True
        QAccessible.installFactory(_factory)


def renew(widget: QWidget) -> None:
    """Drop an interface Qt made for ``widget`` before it could get ours (a screen
    reader running while the widget was built): the next query asks the factory."""
    install()
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is not None and not isinstance(
        iface, HeadingInterface | SliderInterface | NoticeInterface
    ):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
        # Qt deleted it: its Python wrapper must not stay mapped to that address,
        # which the next interface may get (and would be mistaken for the old one)
        shiboken6.invalidate(iface)


def make_heading(label: QLabel) -> QLabel:
    """Mark ``label`` (a page or section title) as a heading for screen readers."""
    label.setProperty(_HEADING, True)
    renew(label)
    return label
