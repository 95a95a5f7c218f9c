"""SVGs are checked against a list of what a picture needs (issue #12, item 12):
a package's SVGs go to a public bucket, and a browser opening one from there
runs what it holds.  Each refusal names the file and the line."""

from __future__ import annotations

import base64
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.course_package import load_files
from desktop.course_package.svg_rules import _without_comments, svg_problems
from desktop.ui.words.package import PROBLEMS, phrase_text, problem_text
from tests.course_package.packages import SECOND, TINY_PNG, tiny_package
from tests.course_package.test_problems import assert_reported, problems_of

SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
USES_PIC = SECOND + "\n![pic](images/pic.svg)\n"


def svg(*body: str) -> str:
    """An SVG whose first line is the root element; ``body`` lines follow it,
    so a refusal on the n-th of them is on line n + 1."""
    return "\n".join([SVG_OPEN, *body, "</svg>"])


def refused(document: str | bytes, others: dict[str, bytes] | None = None) -> list[str]:
    data = document.encode("utf-8") if isinstance(document, str) else document
    files = {"images/pic.svg": data, **(others or {})}
    found = svg_problems("images/pic.svg", data, files)
    return [f"{line}: {phrase_text(what)}" for line, what in found]


# What an editor writes: Inkscape's bookkeeping, RDF metadata, gradients
# referred to by fragment, filters, text, an embedded PNG, a package image
# beside the SVG, a style sheet with url(#id), an animation of the opacity.
INKSCAPE = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
   xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
   width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg8"
   inkscape:version="1.2" sodipodi:docname="teapot.svg" xml:space="preserve">
  <title id="t">A teapot</title>
  <desc>Steam rises from a teapot.</desc>
  <sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="0.35"/>
  <metadata id="metadata5"><rdf:RDF><cc:Work rdf:about="">
    <dc:format>image/svg+xml</dc:format>
    <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/>
  </cc:Work></rdf:RDF></metadata>
  <defs id="defs2">
    <style type="text/css"><![CDATA[
      .spout {{ fill: url(#steel); stroke: #333; }}
      @media (prefers-color-scheme: dark) {{ .spout {{ stroke: #ccc; }} }}
    ]]></style>
    <linearGradient id="steel" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" style="stop-color:#cccccc;stop-opacity:1"/>
      <stop offset="1" stop-color="#666"/>
    </linearGradient>
    <radialGradient id="glow" xlink:href="#steel" cx="0.5" cy="0.5" r="0.5"/>
    <filter id="blur" x="-0.1" y="-0.1" width="1.2" height="1.2">
      <feGaussianBlur stdDeviation="2" result="b"/>
      <feMerge><feMergeNode in="b"/><feMergeNode in="SourceGraphic"/></feMerge>
    </filter>
    <clipPath id="clip"><rect width="100" height="100"/></clipPath>
    <marker id="arrow" markerWidth="4" markerHeight="4" refX="2" refY="2" orient="auto">
      <path d="M0,0 L4,2 L0,4 z"/>
    </marker>
  </defs>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1"
     transform="translate(-10,5)" clip-path="url(#clip)">
    <path class="spout" d="M 10,10 C 20,20 40,20 50,10" style="filter:url(#blur)"
       marker-end="url( '#arrow' )" aria-label="spout" data-part="spout"/>
    <circle cx="40" cy="40" r="20" fill="url(#glow)" opacity="0.5">
      <animate attributeName="opacity" values="0.5;1;0.5" dur="3s" repeatCount="indefinite"/>
      <set href="#layer1" attributeName="visibility" to="visible" begin="1s"/>
    </circle>
    <text x="10" y="90" font-family="'Noto Sans', sans-serif" font-size="8">
      Tea <tspan font-weight="bold">time</tspan>
    </text>
    <use xlink:href="#layer1" x="5" y="5"/>
    <image width="10" height="10" href="photo.png"/>
    <image width="10" height="10"
       xlink:href="data:image/png;base64,{base64.b64encode(TINY_PNG).decode()}"/>
  </g>
</svg>
"""


def test_a_picture_as_an_editor_saves_it_is_accepted() -> None:
    assert refused(INKSCAPE, {"images/photo.png": TINY_PNG}) == []
    files = tiny_package(
        {
            "second.md": USES_PIC,
            "images/pic.svg": INKSCAPE.encode(),
            "images/photo.png": TINY_PNG,
        }
    )
    result = load_files(files)
    assert result.package is not None, result.problems


@pytest.mark.parametrize(
    ("document", "line", "fragment"),
    [
        # the root
        (
            '<svg xmlns="http://www.w3.org/1999/xhtml"><meta http-equiv="refresh" '
            'content="0;url=https://evil.example/"/></svg>',
            1,
            "its first element is <svg> in the XHTML namespace, not <svg>",
        ),
        ("<svg><rect/></svg>", 1, 'needs xmlns="http://www.w3.org/2000/svg"'),
        (
            '<html xmlns="http://www.w3.org/1999/xhtml"><script>x</script></html>',
            1,
            "first element is <html> in the XHTML namespace",
        ),
        # elements
        (svg("<script>alert(1)</script>"), 2, "a <script>, which a browser would run"),
        (svg('<script type="module" href="x.js"/>'), 2, "a <script>"),
        (svg("<foreignObject><p>x</p></foreignObject>"), 2, "<foreignObject>"),
        (
            svg('<html:meta xmlns:html="http://www.w3.org/1999/xhtml" http-equiv="refresh"/>'),
            2,
            "an element <meta> from XHTML",
        ),
        (
            svg('<m:math xmlns:m="http://www.w3.org/1998/Math/MathML"><m:mi>x</m:mi></m:math>'),
            2,
            "an element <math> from MathML",
        ),
        (svg('<rect xmlns=""/>'), 2, "an element <rect> outside the SVG namespace"),
        (svg("<a><text>x</text></a>"), 2, "a link (<a>)"),
        (svg('<font-face-uri href="https://evil.example/f.svg"/>'), 2, "<font-face-uri>"),
        (svg("<handler>alert(1)</handler>"), 2, "<handler> element"),
        (svg("<iframe/>"), 2, "<iframe> element"),
        # attributes
        (svg('<rect width="1" onclick="alert(1)"/>'), 2, "event handler (onclick=…)"),
        (svg('<rect ONLOAD="alert(1)"/>'), 2, "event handler (ONLOAD=…)"),
        (svg('<g xml:base="https://evil.example/"><use href="#a"/></g>'), 2, "xml:base"),
        (svg('<rect xlink:show="new"/>'), 2, "attribute show (namespace"),
        (svg('<rect contentScriptType="text/javascript"/>'), 2, "contentScriptType="),
        (
            svg(
                '<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/'
                'sodipodi-0.dtd" onload="alert(1)"/>'
            ),
            2,
            "editor element <namedview> has an attribute onload=",
        ),
        # addresses, after XML decoded them
        (svg('<a href="jav&#9;ascript:alert(1)"><text>x</text></a>'), 2, "a link (<a>)"),
        (
            svg('<use href="jav&#x09;ascript:alert(1)"/>'),
            2,
            "refers to another file or site (href='jav\\tascript:alert(1)' on <use>)",
        ),
        (svg('<use xlink:href="other.svg#icon"/>'), 2, "refers to another file or site"),
        (svg('<use href="//evil.example/a.svg#x"/>'), 2, "refers to another file or site"),
        (svg('<use href=" #a"/>'), 2, "refers to another file or site"),
        (svg("<use href=\"#xpointer(id('a'))\"/>"), 2, "refers to another file or site"),
        (svg('<image href="https://tracker.example/p.png"/>'), 2, "refers to another file"),
        (svg('<image href="file:///etc/passwd"/>'), 2, "refers to another file or site"),
        (svg('<image href="/etc/hostname.png"/>'), 2, "refers to another file or site"),
        (
            svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'),
            2,
            "refers to another file or site",
        ),
        (svg('<image href="../../../etc/x.png"/>'), 2, "points outside the package"),
        (svg('<image href="missing.png"/>'), 2, "images/missing.png is not in the package"),
        (svg('<image href="pic.svg"/>'), 2, "only PNG, JPEG, GIF or WebP pictures"),
        (svg('<feImage href="https://evil.example/p.png"/>'), 2, "refers to another file"),
        (svg('<rect href="#a"/>'), 2, "a link on <rect>"),
        # animation of an address
        (
            svg('<a href="#x"><set attributeName="xlink:href" to="https://evil.example/"/></a>'),
            2,
            "changes a link address",
        ),
        (
            svg(
                '<image><animate attributeName="href" values="https://evil.example/p.png"/></image>'
            ),
            2,
            "changes a link address",
        ),
        (svg('<rect><set attributeName="onclick" to="alert(1)"/></rect>'), 2, "'onclick'"),
        (svg('<rect><set attributeName="style" to="x"/></rect>'), 2, "'style'"),
        (
            svg('<rect><set attributeName="fill" to="url(https://evil.example/#g)"/></rect>'),
            2,
            "refers to another file or site with url(…)",
        ),
        # style: escapes, addresses, imports, fetching functions
        (svg(r'<rect style="fill:u\72l(https://evil.example/p)"/>'), 2, "CSS escape"),
        (svg(r"<style>rect { fill: \75 rl(https://evil.example/p) }</style>"), 2, "CSS escape"),
        (svg(r'<rect style="background:\6a avascript"/>'), 2, "CSS escape"),
        (svg('<rect fill="url(https://evil.example/#g)"/>'), 2, "with url(…)"),
        (svg('<rect style="fill:URL( https://evil.example/ )"/>'), 2, "with url(…)"),
        (svg('<rect style="cursor:url(https://evil.example/c.png),auto"/>'), 2, "url(…)"),
        (svg("<style>@import url(https://x.example/a.css);</style>"), 2, "url(…)"),
        (svg('<style>@import "https://x.example/a.css";</style>'), 2, "an @import rule"),
        (svg("<style>@namespace x url(#a);</style>"), 2, "an @namespace rule"),
        (
            svg('<style>rect { fill: image-set("https://evil.example/a.png" 1x) }</style>'),
            2,
            "uses image-set(…)",
        ),
        (svg("<rect style=\"fill: src('https://evil.example/')\"/>"), 2, "uses src(…)"),
        (svg('<rect style="-moz-binding: x"/>'), 2, "attaches behaviour"),
        (svg("<style>/* never ends</style>"), 2, "comment that does not end"),
        (svg("<style>u/**/rl(x)</style>"), None, None),  # two tokens: no url( at all
        (svg('<style type="text/xsl">x</style>'), 2, '<style type="text/xsl">'),
        # the document itself
        (
            '<?xml-stylesheet href="https://evil.example/a.xsl" type="text/xsl"?>\n' + svg(),
            1,
            "processing instruction (<?xml-stylesheet …?>)",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
            1,
            "with a DOCTYPE",
        ),
        (
            '<!DOCTYPE svg SYSTEM "file:///etc/passwd">' + svg(),
            1,
            "with a DOCTYPE",
        ),
        ('<?xml version="1.0" encoding="UTF-7"?>' + svg(), 1, "declares the encoding 'UTF-7'"),
        (svg("<rect>", "<unclosed>", "</rect>"), 4, "not a well-formed SVG image (mismatched tag)"),
        (SVG_OPEN + "&lt;&amp;&nbsp;</svg>", 1, "undefined entity"),
    ],
)
def test_what_a_picture_does_not_need_is_refused_with_its_line(
    document: str, line: int | None, fragment: str | None
) -> None:
    if fragment is None:
        assert refused(document) == []
        return
    problems = problems_of({"second.md": USES_PIC, "images/pic.svg": document})
    assert_reported(problems, "images/pic.svg", line, fragment)


def test_entity_expansion_is_never_attempted() -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{n} "{"&lol%s;" % (n - 1 or "") * 10}">' for n in range(1, 10))
        + "]>"
        + SVG_OPEN
        + "&lol9;</svg>"
    )
    assert refused(laughs) == [
        "1: is an SVG with a DOCTYPE; save it without one (a plain SVG needs none, and its "
        "entities could fill memory or read other files)."
    ]


def test_a_refusal_is_a_sentence_naming_the_file_and_line() -> None:
    document = svg("<g>", '  <rect width="2"/>', "  <script>alert(1)</script>", "</g>")
    problems = problems_of({"second.md": USES_PIC, "images/pic.svg": document})
    assert [problem_text(p) for p in problems] == [
        "images/pic.svg:4: is an SVG with a <script>, which a browser would run; remove it."
    ]


def test_many_problems_in_one_svg_are_capped() -> None:
    document = svg(*(f'<rect onclick="{n}"/>' for n in range(50)))
    assert len(refused(document)) == 10


def test_a_svg_that_is_not_utf8_is_refused() -> None:
    assert refused(svg("<text>é</text>").encode("utf-16")) == [
        "None: is not an SVG image Lantern accepts: save it as UTF-8."
    ]


PIECES = st.sampled_from(
    [
        SVG_OPEN,
        "</svg>",
        "<g>",
        "</g>",
        '<rect fill="url(#a)"/>',
        '<use href="#a"/>',
        "<script>",
        "<style>",
        "</style>",
        "<!DOCTYPE svg>",
        "<?xml-stylesheet?>",
        '<?xml version="1.0"?>',
        "&#9;",
        "&lt;",
        "&x;",
        "<![CDATA[",
        "]]>",
        "\\",
        "url(",
        "@import",
        '"',
        "'",
        "=",
        " ",
        "\n",
        "\x00",
        "é",
    ]
)


@given(st.lists(PIECES | st.text(max_size=5), max_size=40))
def test_any_text_as_an_svg_gets_sentences_never_an_exception(pieces: list[str]) -> None:
    for line, what in svg_problems("images/pic.svg", "".join(pieces).encode(), {}):
        assert line is None or line >= 1
        assert what.code in PROBLEMS, what  # worded, never shown as its code
        message = phrase_text(what)
        assert message.startswith("is "), message
        assert message.endswith("."), message


# A style sheet of comments that never end: the regular expression that
# removed comments was retried from every "/*" (60 KB took 3 s, megabytes
# hours).  The generous timeout is the verdict; nothing is timed here.
@pytest.mark.timeout(240)
@pytest.mark.parametrize("sheet", ["/* " * 1_000_000, "/* */" + "/* " * 1_000_000 + "*/"])
def test_a_style_sheet_of_unclosed_comments_is_checked_in_linear_time(sheet: str) -> None:
    assert refused(svg(f"<style>{sheet}</style>")) == ["2: " + refused_comment()]


def refused_comment() -> str:
    (message,) = refused(svg("<style>/* never ends</style>"))
    return message.removeprefix("2: ")


def _comments_as_a_regex_removed_them(css: str) -> str | None:
    """What the quadratic regex did, as the reference for the linear scan."""
    comment = re.compile(r"/\*.*?\*/", re.DOTALL)
    if css.count("/*") != len(comment.findall(css)):
        return None
    return comment.sub(" ", css)


@given(st.text(alphabet="/* a{}:;", max_size=40))
def test_comments_are_removed_as_before(css: str) -> None:
    assert _without_comments(css) == _comments_as_a_regex_removed_them(css)


def nested(groups: int) -> str:
    """An SVG with a red square inside ``groups`` nested <g> (the root is one level)."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        + "<g>" * groups
        + '<rect width="10" height="10" fill="red"/>'
        + "</g>" * groups
        + "</svg>"
    )


def test_elements_nested_deeper_than_the_reader_draws_are_refused() -> None:
    # svg + 30 groups + rect: 32 levels, drawn; one group more and the
    # reader's Qt draws nothing of the square (tests/ui/lesson/test_svg_depth.py)
    assert refused(nested(30)) == []
    (problem,) = refused(nested(31))
    assert problem.startswith("1: is an SVG whose elements are nested more than 32 deep")
    assert len(refused(nested(200_000))) == 1, "said once, however deep"
