"""A hostile lesson body is read in linear time (issue #12, item 10).

Before the hand-written scanner, the image regexes took quadratic time: a
300 KB line of ``![`` took 32 s, and ``desktop/sync/download.py`` runs the
same code on lesson text from the server.  Each case below is a few MB; the
timeout marker is generous on purpose (the machine may be busy) — a
quadratic scanner does not finish any of them within hours.
"""

from __future__ import annotations

import pytest

from desktop.course_package import load_files
from desktop.course_package.images import find_images, find_references
from desktop.course_package.search_text import plain_text
from desktop.sync.download import image_refs
from desktop.ui.lesson.markdown_render import split_sections
from tests.course_package.packages import FIRST, tiny_package

HOSTILE_LINES = {
    "image openers": "![" * 800_000,
    "brackets": "[" * 1_000_000 + "]" * 500_000,
    "html tags": "<img " * 500_000,
    "html tags with quoted values": "<img a='<img b=\"" * 200_000,
    "backticks": "`x``" * 600_000,
    "link destinations": "[](" * 800_000,
    "images without an end": "![a](" * 500_000,
    "mixed": "![[<img `](<a href=" * 150_000,
    "heading of spaces": "## a" + " " * 1_500_000 + "b",
    "table header of spaces": "[a" + " " * 1_500_000,
    # the search text's fence pattern began ^\s*, which ran on over every
    # following blank line from each one: 20 KB of them took 2.5 s
    "blank lines": " \n" * 1_000_000,
    # _+(?!\w) tried every shorter run of underscores again: 40 KB took 12 s
    "underscores between letters": "a" + "_" * 1_000_000 + "b",
}


@pytest.mark.timeout(240)
@pytest.mark.parametrize("name", sorted(HOSTILE_LINES))
def test_hostile_lines_are_scanned_in_linear_time(name: str) -> None:
    line = HOSTILE_LINES[name]
    body = f"{line}\n{line}\n![ok](images/cover.png)\n"
    if find_references(body, 1).too_many is None:  # else check refuses the lesson
        assert [image.path for image in find_images(body, 1)][-1:] == ["images/cover.png"]
        assert "images/cover.png" in image_refs(body)
    split_sections(body)  # the reader's section split runs on the GUI thread
    assert plain_text(body).endswith("ok")  # what the lesson search indexes on download


@pytest.mark.timeout(240)
def test_check_finishes_on_a_hostile_lesson() -> None:
    body = FIRST + "\n" + "\n".join(HOSTILE_LINES[name][:400_000] for name in sorted(HOSTILE_LINES))
    result = load_files(tiny_package({"first.md": body, "second.quiz.toml": "[a" + " " * 300_000}))
    assert result.package is None  # the TOML is broken; what matters is that it ends


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("![a](images/x.png)", ["images/x.png"]),
        ('![a [b] c](<images/x y.png> "title")', ["images/x y.png"]),
        ("![a](b(c).png) and ![d](e.png 'title')", ["b(c).png", "e.png"]),
        ("`![a](code.png)` ![b](shown.png)", ["shown.png"]),
        ("```\n![a](code.png)\n```\n![b](shown.png)", ["shown.png"]),
        ("\\`![a](shown.png)\\`", ["shown.png"]),
        ("<img src=images/unquoted.png>", ["images/unquoted.png"]),
        ("<IMG alt='x' SRC=\"images/upper.png\"/>", ["images/upper.png"]),
        ('<img src="images/a&amp;b.png">', ["images/a&b.png"]),
        ("![a][pic]\n\n[pic]: images/full.png", ["images/full.png"]),
        ("![pic][]\n[PIC]: <images/collapsed.png>", ["images/collapsed.png"]),
        ("![pic]\n\n[pic]:\n  images/shortcut.png", ["images/shortcut.png"]),
        ("![across\nlines](images/m.png)", ["images/m.png"]),
        ("[link ![inside](images/in.png)](https://example.com)", ["images/in.png"]),
        ("\\![not an image](images/x.png)", []),
    ],
)
def test_the_images_a_reader_shows_are_found(body: str, expected: list[str]) -> None:
    assert [image.target for image in find_images(body, 1)] == expected
