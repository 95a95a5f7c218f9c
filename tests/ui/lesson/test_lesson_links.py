"""Links and images in a lesson never reach the operating system or the
instructor's other files (issue #12, items 9 and 12).

Clicks are real mouse clicks on the rendered link.  What the system would
be asked to open is caught with Qt's own ``QDesktopServices.setUrlHandler``
for every scheme the lesson uses, so nothing is mocked and nothing opens.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.ui.lesson.browser import LessonBrowser
from desktop.ui.preview.window import resolve_in_package

SCHEMES = ["http", "https", "mailto", "javascript", "data", "file", "vbscript"]


class Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def system() -> Iterator[Catcher]:
    catcher = Catcher()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")  # type: ignore[arg-type]  # stub: bytes; PySide6 wants str
    yield catcher
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


def click_link(qtbot: QtBot, browser: LessonBrowser, text: str) -> None:
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    point = browser.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.fixture
def browser(qtbot: QtBot) -> LessonBrowser:
    widget = LessonBrowser()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


LESSON = """\
# Links

[SCRIPT](javascript:alert(1)) and [PAGE](data:text/html,<b>hi</b>) and
[HOSTNAME](file:///etc/hostname) and <a href="vbscript:msgbox">BASIC</a>
and [WEB](https://example.com/page?q=1) and [MAIL](mailto:teacher@school.example).

[ATTACH](mailto:teacher@school.example?subject=Homework&attach=/etc/hostname) and
[SEMICOLON](mailto:teacher@school.example?subject=x;attachment=%2Fetc%2Fhostname)
"""


# ATTACH, SEMICOLON: several mail programs have attached the named file of
# the learner's to the new message (found beyond the audit's list)
@pytest.mark.parametrize("word", ["SCRIPT", "PAGE", "HOSTNAME", "BASIC", "ATTACH", "SEMICOLON"])
def test_other_schemes_do_nothing_and_keep_the_lesson(
    qtbot: QtBot, browser: LessonBrowser, system: Catcher, word: str
) -> None:
    asked: list[str] = []

    def confirm(_parent: object, url: QUrl) -> bool:
        asked.append(url.toString())
        return True

    browser.confirm_link = confirm
    browser.show_markdown(LESSON)
    with qtbot.waitSignal(browser.anchorClicked, timeout=5000):
        click_link(qtbot, browser, word)
    assert asked == []
    assert system.urls == []
    assert "Links" in browser.toPlainText(), "the lesson stays on the screen"
    assert browser.source().isEmpty()


@pytest.mark.parametrize(
    ("word", "address"),
    [
        ("WEB", "https://example.com/page?q=1"),
        ("MAIL", "mailto:teacher@school.example"),
    ],
)
def test_web_and_mail_links_open_only_after_the_learner_saw_the_address(
    qtbot: QtBot, browser: LessonBrowser, system: Catcher, word: str, address: str
) -> None:
    asked: list[str] = []
    answer = [False]

    def confirm(_parent: object, url: QUrl) -> bool:
        asked.append(url.toString())
        return answer[0]

    browser.confirm_link = confirm
    browser.show_markdown(LESSON)
    with qtbot.waitSignal(browser.anchorClicked, timeout=5000):
        click_link(qtbot, browser, word)
    assert asked == [address]
    assert system.urls == [], "a no opens nothing"
    answer[0] = True
    with qtbot.waitSignal(browser.anchorClicked, timeout=5000):
        click_link(qtbot, browser, word)
    qtbot.waitUntil(lambda: system.urls == [address], timeout=5000)
    assert "Links" in browser.toPlainText()


def test_nothing_but_images_is_loaded(browser: LessonBrowser) -> None:
    url = QUrl.fromLocalFile("/etc/hostname")
    assert browser.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, url) is None
    assert browser.loadResource(QTextDocument.ResourceType.HtmlResource.value, url) is None


def test_a_damaged_image_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    good = tmp_path / "good.png"
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.red)
    image.save(str(good))
    files = {"images/broken.png": broken, "images/good.png": good}
    browser = LessonBrowser(resolve_image=files.get)
    qtbot.addWidget(browser)
    browser.resize(600, 400)
    browser.show_markdown(
        "![a](images/broken.png)\n\n![b](images/good.png)\n\n![c](images/gone.png)\n"
    )
    browser.show()
    qtbot.waitUntil(lambda: len(browser.damaged_images) + len(browser.missing_images) >= 2)
    assert browser.damaged_images == ["images/broken.png"]
    assert browser.missing_images == ["images/gone.png"]


def test_the_preview_resolves_images_inside_the_package_only(tmp_path: Path) -> None:
    package = tmp_path / "course"
    (package / "images").mkdir(parents=True)
    (package / "images" / "a.png").write_bytes(b"x")
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"x")
    (package / "images" / "link.png").symlink_to(secret)
    assert resolve_in_package(package, "images/a.png") == (package / "images" / "a.png").resolve()
    for ref in [
        str(secret),
        "/etc/hostname",
        "../secret.png",
        "images/../../secret.png",
        "file:///etc/hostname",
        "images/link.png",
        "%2Fetc%2Fhostname",
        "images/%2E%2E/%2E%2E/secret.png",
    ]:
        assert resolve_in_package(package, ref) is None, ref


HOSTILE_TITLE = "<img src='file:///etc/hostname'><a href='javascript:x'>Title</a>"


def test_titles_written_by_an_author_are_text_not_html(qtbot: QtBot) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QLabel

    from desktop.ui.dashboard.view import DashboardView
    from desktop.ui.lesson.recorder import PreviewRecorder
    from desktop.ui.lesson.view import LessonView
    from desktop.ui.viewdata import LessonContent
    from tests.samples.sample_content import sample_dashboard

    view = LessonView(PreviewRecorder())
    qtbot.addWidget(view)
    view.show_lesson(LessonContent("l1", "c1", HOSTILE_TITLE, "Body", has_quiz=False))
    assert view.title.textFormat() == Qt.TextFormat.PlainText
    assert view.title.text() == HOSTILE_TITLE
    dashboard = DashboardView()
    qtbot.addWidget(dashboard)
    data = sample_dashboard()
    data = replace(data, badges=(replace(data.badges[0], title=HOSTILE_TITLE), *data.badges[1:]))
    dashboard.show_dashboard(data)
    texts = [label.text() for label in dashboard.findChildren(QLabel)]
    assert not any("<img" in text for text in texts)
    assert any("&lt;img" in text for text in texts)
