"""Which SVG pictures a package may hold (issue #12, item 12).

A package's images are published to the public ``course-content`` bucket,
and a browser that opens an SVG from there runs whatever it holds: scripts,
event handlers, links, embedded HTML, style sheets and images from other
sites.  So an SVG is accepted only when everything in it is on a list of
what a picture needs (an allowlist: a construct nobody thought of is refused,
not let through):

* it is parsed by expat with no DOCTYPE, no entity declarations, no
  processing instructions (``<?xml-stylesheet …?>``) and no external
  entities, as UTF-8 (an XML declaration may say only UTF-8);
* the root is ``<svg>`` in the SVG namespace; every element is a drawing
  element of SVG (shapes, text, gradients, filters, clip paths, markers,
  animation of drawing attributes), or belongs to an editor's metadata
  namespace (Inkscape, Sodipodi, RDF, Dublin Core, Creative Commons), which
  browsers do not act on;
* every attribute is a known presentation or geometry attribute; event
  handlers, ``xml:base`` and unknown namespaces are refused;
* an address (``href``) is a fragment of the picture itself (``#grad``), or
  for ``<image>`` and ``<feImage>`` a PNG, JPEG, GIF or WebP picture of the
  package beside it (``photo.png``, relative to the SVG's folder) or embedded
  as base64 ``data:``; an animation may not change an address;
* style (the ``style`` attribute, ``<style>`` and every attribute value) has
  no CSS escapes (``\\6a avascript``), no ``url(…)`` other than
  ``url(#fragment)``, no ``@import`` and no function that fetches
  (``image-set()``, ``src()``, …).

Values are judged after XML has decoded them, so ``jav&#9;ascript:`` is
``jav<TAB>ascript:`` here, which is no fragment and no package path.

Pure: bytes in, problems out.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Collection
from xml.parsers import expat

from desktop.course_package.problems import Phrase, Value

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
# Namespaces of editors' bookkeeping: browsers treat their elements and
# attributes as inert data.
INERT_NAMESPACES = frozenset(
    {
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
    }
)
_KNOWN_NAMESPACES = {
    "http://www.w3.org/1999/xhtml": "XHTML",
    "http://www.w3.org/1998/Math/MathML": "MathML",
}
MAX_PROBLEMS = 10  # per file: enough to see what is wrong

_SHAPES = "svg g defs symbol use switch desc title metadata view"  # untranslated: SVG names
_DRAWING = (
    "path rect circle ellipse line polyline polygon text tspan "
    "textPath image"  # untranslated: SVG names
)
_PAINT = (
    "linearGradient radialGradient stop pattern clipPath mask marker style "
    "meshgradient meshrow meshpatch hatch hatchpath solidcolor"  # untranslated: SVG names
)
_FILTERS = (
    "filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix "
    "feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA "
    "feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology "
    "feOffset fePointLight feSpecularLighting feSpotLight feTile "
    "feTurbulence"  # untranslated: SVG names
)
_ANIMATION = frozenset({"animate", "set", "animateTransform", "animateMotion"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ELEMENTS = _words(f"{_SHAPES} {_DRAWING} {_PAINT} {_FILTERS} mpath") | _ANIMATION

# Attributes that draw, place or describe; none of them fetches anything by
# itself (a url(…) inside is judged like any style value).
_PRESENTATION = (
    "alignment-baseline baseline-shift clip clip-path clip-rule color "
    "color-interpolation color-interpolation-filters color-rendering cursor direction "
    "display dominant-baseline enable-background fill fill-opacity fill-rule filter "
    "flood-color flood-opacity font font-family font-size font-size-adjust font-stretch "
    "font-style font-variant font-weight glyph-orientation-horizontal "
    "glyph-orientation-vertical image-rendering isolation kerning letter-spacing "
    "lighting-color marker marker-end marker-mid marker-start mask mask-type "
    "mix-blend-mode opacity overflow paint-order pointer-events shape-rendering "
    "solid-color solid-opacity stop-color stop-opacity stroke stroke-dasharray "
    "stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity "
    "stroke-width text-anchor text-decoration text-rendering transform transform-origin "
    "transform-box unicode-bidi vector-effect visibility white-space word-spacing "
    "writing-mode line-height inline-size shape-inside shape-padding "
    "shape-margin"  # untranslated: SVG names
)
_GEOMETRY = (
    "id class style lang tabindex role focusable version baseProfile width height x y "
    "viewBox preserveAspectRatio zoomAndPan x1 y1 x2 y2 cx cy r rx ry fx fy fr d points "
    "pathLength dx dy rotate textLength lengthAdjust startOffset method spacing side "
    "gradientUnits gradientTransform spreadMethod offset patternUnits patternContentUnits "
    "patternTransform clipPathUnits maskUnits maskContentUnits markerWidth markerHeight "
    "markerUnits refX refY orient filterUnits primitiveUnits in in2 result stdDeviation "
    "mode operator k1 k2 k3 k4 values type tableValues slope intercept amplitude exponent "
    "scale xChannelSelector yChannelSelector radius flood-color surfaceScale "
    "diffuseConstant specularConstant specularExponent kernelMatrix kernelUnitLength "
    "order divisor bias targetX targetY edgeMode preserveAlpha azimuth elevation "
    "pointsAtX pointsAtY pointsAtZ limitingConeAngle z baseFrequency numOctaves seed "
    "stitchTiles systemLanguage requiredFeatures media title href"  # untranslated: SVG names
)
_TIMING = (
    "attributeName attributeType begin dur end min max restart repeatCount repeatDur "
    "calcMode keyTimes keySplines from to by additive accumulate path keyPoints "
    "origin"  # untranslated: SVG names
)
ATTRIBUTES = _words(f"{_PRESENTATION} {_GEOMETRY} {_TIMING}")
_NAMESPACED_ATTRIBUTES = frozenset(
    {(XLINK, "href"), (XLINK, "title"), (XML, "space"), (XML, "lang")}
)
_FREE_ATTRIBUTE = re.compile(r"(aria|data)-[a-z0-9_.-]+")
# Plain text that no browser reads as style or as an address.
_FREE_TEXT = frozenset({"id", "class", "lang", "title", "role", "systemLanguage", "media"})
# What an animation may change: drawing, never an address, a style sheet or a
# script-facing attribute.
ANIMATABLE = _words(_PRESENTATION) | _words(
    "x y width height x1 y1 x2 y2 cx cy r rx ry fx fy fr d points offset "
    "viewBox dx dy rotate startOffset stdDeviation values radius baseFrequency "
    "gradientTransform patternTransform"  # untranslated: SVG names
)

# Where an href may point, by element: a fragment of this picture, and for
# the two image elements also a raster picture.
_FRAGMENT_TARGETS = (
    _words(
        "use linearGradient radialGradient pattern filter textPath mpath feImage image "
        "meshgradient hatch"  # untranslated: SVG names
    )
    | _ANIMATION
)  # an animation's href names the element it animates
_IMAGE_TARGETS = frozenset({"image", "feImage"})
_FRAGMENT = re.compile(r"#[A-Za-z_][A-Za-z0-9_.\-]*")
_DATA_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*")
_RELATIVE = re.compile(r"(?:[A-Za-z0-9_\-][A-Za-z0-9_.\-]*/|\.\./)*[A-Za-z0-9_\-][A-Za-z0-9_.\-]*")
_RASTER = (".png", ".jpg", ".jpeg", ".gif", ".webp")

#: how deep SVG elements may nest: Qt's SVG renderer (the reader's) draws
#: nothing nested deeper ("Too many nested nodes"), and says so only in a log
MAX_DEPTH = 32
_CSS_URL = re.compile(r"url\s*\(", re.IGNORECASE)
_CSS_LOCAL_URL = re.compile(r"""url\(\s*(['"]?)#[A-Za-z_][A-Za-z0-9_.\-]*\1\s*\)""", re.IGNORECASE)
_CSS_FETCHING = re.compile(
    r"(?<![A-Za-z0-9_-])(?:-webkit-)?(image-set|image|cross-fade|element|-moz-element|"
    r"src|paint|expression)\s*\(",
    re.IGNORECASE,
)
_CSS_BINDING = re.compile(r"(-moz-binding|behavior)\s*:", re.IGNORECASE)
_CSS_AT_RULE = re.compile(r"@([A-Za-z-]*)")
_CSS_AT_RULES = frozenset({"media", "keyframes", "-webkit-keyframes", "supports", "font-face"})

Report = Callable[[int | None, Phrase], None]


class _Stop(Exception):
    """Parsing ends here: the document is not acceptable at all, or enough
    was found."""


def svg_problems(path: str, data: bytes, files: Collection[str]) -> list[tuple[int | None, Phrase]]:
    """(line, what) for each reason the SVG at ``path`` is refused; none
    when it is a plain picture.  ``files`` are the package's paths, which a
    relative ``<image href>`` must name."""
    found: list[tuple[int | None, Phrase]] = []

    def report(line: int | None, what: Phrase) -> None:
        if (line, what) not in found:
            found.append((line, what))
        if len(found) >= MAX_PROBLEMS:
            raise _Stop

    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return [(None, Phrase.of("svg.not_utf8"))]
    checker = _Checker(path, files, report)
    try:
        checker.run(data)
    except _Stop:
        pass
    except expat.ExpatError as error:
        line = error.lineno or None
        reason = str(expat.ErrorString(error.code))
        found.append((line, Phrase.of("svg.malformed", error=reason)))
    if not found and not checker.root_seen:
        found.append((None, Phrase.of("svg.no_root")))
    return found


class _Checker:
    def __init__(self, path: str, files: Collection[str], report: Report) -> None:
        self.path = path
        self.files = files
        self.report = report
        self.root_seen = False
        self.stack: list[str] = []
        self.svg_depth = 0  # SVG elements open, the root included
        self.style_text: list[str] | None = None
        self.style_line = 0
        self.parser = expat.ParserCreate(encoding="UTF-8", namespace_separator=" ")

    # ------------------------------------------------------------------ parse
    def run(self, data: bytes) -> None:
        parser = self.parser
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.XmlDeclHandler = self._xml_declaration
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        parser.ExternalEntityRefHandler = self._external_entity
        parser.ProcessingInstructionHandler = self._processing_instruction
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        parser.Parse(data, True)

    def _line(self) -> int:
        return int(self.parser.CurrentLineNumber)

    def _say(self, code: str, **data: Value) -> None:
        """Reports ``code`` at the parser's line."""
        self.report(self._line(), Phrase.of(code, **data))

    def _fatal(self, code: str, **data: Value) -> None:
        self._say(code, **data)
        raise _Stop

    def _xml_declaration(self, version: str, encoding: str | None, standalone: int) -> None:
        if encoding is not None and encoding.replace("_", "-").lower() not in ("utf-8", "utf8"):
            self._fatal("svg.encoding", encoding=repr(encoding))

    def _doctype(self, *_: object) -> None:
        self._fatal("svg.doctype")

    def _entity(self, *_: object) -> None:
        self._doctype()

    def _external_entity(self, *_: object) -> int:
        self._doctype()
        return 0

    def _processing_instruction(self, target: str, data: str) -> None:
        self._fatal("svg.processing_instruction", target=target)

    # ---------------------------------------------------------------- elements
    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, local = _split(name)
        if not self.root_seen:
            self.root_seen = True
            if (namespace, local) != (SVG, "svg"):
                self.report(self._line(), _not_svg_root(namespace, local))
                raise _Stop
        self.stack.append(name)
        if namespace == SVG:
            self._deeper()
        if namespace in INERT_NAMESPACES:
            self._inert_attributes(local, attributes)
        elif namespace != SVG:
            self.report(self._line(), _foreign(namespace, local))
        elif local not in ELEMENTS:
            self.report(self._line(), _refused_element(local))
        else:
            self._svg_element(local, attributes)

    def _deeper(self) -> None:
        self.svg_depth += 1
        if self.svg_depth == MAX_DEPTH + 1:  # once per file is enough
            self._say("svg.too_deep", limit=MAX_DEPTH)

    def _svg_element(self, local: str, attributes: dict[str, str]) -> None:
        """An allowed SVG element: its attributes, animation and style sheet checked."""
        for attribute, value in attributes.items():
            self._attribute(local, attribute, value)
        if local in _ANIMATION:
            self._animation(local, attributes)
        if local == "style":
            kind = attributes.get("type", "text/css").strip().lower()
            if kind != "text/css":
                self._say("svg.style_type", kind=kind)
            self.style_text = []
            self.style_line = self._line()

    def _end(self, name: str) -> None:
        self.stack.pop()
        if _split(name)[0] == SVG:
            self.svg_depth -= 1
        if self.style_text is not None and _split(name) == (SVG, "style"):
            problem = css_problem("".join(self.style_text), sheet=True)
            if problem is not None:
                self.report(self.style_line, Phrase.of("svg.style_sheet", problem=problem))
            self.style_text = None

    def _text(self, text: str) -> None:
        if self.style_text is not None:
            self.style_text.append(text)

    # -------------------------------------------------------------- attributes
    def _inert_attributes(self, local: str, attributes: dict[str, str]) -> None:
        for attribute in attributes:
            namespace, name = _split(attribute)
            if namespace == XLINK or (not namespace and name.lower().startswith("on")):
                self._say("svg.editor_attribute", element=local, attribute=name)

    def _attribute(self, element: str, attribute: str, value: str) -> None:
        namespace, name = _split(attribute)
        line = self._line()
        if not namespace and name.lower().startswith("on"):
            self._say("svg.event_handler", attribute=name)
            return
        if namespace in INERT_NAMESPACES:
            return
        if namespace and (namespace, name) not in _NAMESPACED_ATTRIBUTES:
            if namespace == XML:
                self._say("svg.xml_attribute", attribute=name)
            else:
                self._say("svg.foreign_attribute", attribute=name, namespace=namespace)
            return
        if not namespace and name not in ATTRIBUTES and not _FREE_ATTRIBUTE.fullmatch(name):
            self._say("svg.unknown_attribute", attribute=name, element=element)
            return
        if name == "href" and namespace in ("", XLINK):
            self._address(element, name, value, line)
            return
        if name in _FREE_TEXT or namespace or _FREE_ATTRIBUTE.fullmatch(name):
            return  # never read as style or as an address
        problem = css_problem(value, sheet=name == "style")
        if problem is not None:
            self._say("svg.style_value", attribute=name, element=element, problem=problem)

    def _address(self, element: str, name: str, value: str, line: int) -> None:
        if element not in _FRAGMENT_TARGETS:
            self.report(line, Phrase.of("svg.link_attribute", element=element, attribute=name))
            return
        if _FRAGMENT.fullmatch(value):
            return
        if element in _IMAGE_TARGETS:
            if _DATA_IMAGE.fullmatch(value):
                return
            if _RELATIVE.fullmatch(value):
                self._package_image(value, line)
                return
        shown = value if len(value) <= 60 else value[:60] + "…"
        code = (
            "svg.outside_image_reference" if element in _IMAGE_TARGETS else "svg.outside_reference"
        )
        self.report(line, Phrase.of(code, attribute=name, value=repr(shown), element=element))

    def _package_image(self, value: str, line: int) -> None:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(self.path), value))
        if target == ".." or target.startswith("../"):
            self.report(line, Phrase.of("svg.image_outside_package", value=repr(value)))
        elif not target.lower().endswith(_RASTER):
            self.report(line, Phrase.of("svg.image_not_raster", target=target))
        elif target not in self.files:
            self.report(line, Phrase.of("svg.image_missing", target=target))

    def _animation(self, element: str, attributes: dict[str, str]) -> None:
        if element == "animateMotion":
            return  # it moves the element along a path; attributeName is not used
        target = attributes.get("attributeName")
        if target is None:
            self._say("svg.animation_without_attribute", element=element)
            return
        if target.strip() not in ANIMATABLE:
            if "href" in target.lower():
                self._say("svg.animation_changes_link", element=element)
            else:
                self._say(
                    "svg.animation_changes_attribute", element=element, attribute=repr(target)
                )


def css_problem(css: str, *, sheet: bool) -> Phrase | None:
    """Why a style value (``sheet``: a style sheet or ``style`` attribute) may
    fetch something or hide what it does, or None."""
    if "\\" in css:
        return Phrase.of("css.escape")
    if "/*" in css and sheet:
        uncommented = _without_comments(css)
        if uncommented is None:
            return Phrase.of("css.unclosed_comment")
        css = uncommented
    return _fetching_problem(css) or (_at_rule_problem(css) if sheet else None)


def _fetching_problem(css: str) -> Phrase | None:
    """Why ``css`` (comments removed) may fetch or attach something, or None."""
    for match in _CSS_URL.finditer(css):
        if not _CSS_LOCAL_URL.match(css, match.start()):
            return Phrase.of("css.url")
    fetching = _CSS_FETCHING.search(css)
    if fetching:
        return Phrase.of("css.fetching", function=fetching.group(1))
    if _CSS_BINDING.search(css):
        return Phrase.of("css.binding")
    return None


def _at_rule_problem(css: str) -> Phrase | None:
    """Why a style sheet's @-rules are refused, or None."""
    for rule in _CSS_AT_RULE.finditer(css):
        if rule.group(1).lower() not in _CSS_AT_RULES:
            return Phrase.of("css.at_rule", rule=rule.group(1))
    return None


def _without_comments(css: str) -> str | None:
    """``css`` with each ``/* … */`` comment a space, or None when a comment
    does not end or holds another ``/*`` (refused: what it hides is unclear).

    One forward pass with ``str.find``: a regular expression (``/\\*.*?\\*/``)
    retried from every ``/*`` of a sheet of unclosed ones took quadratic time
    (a 60 KB style sheet of ``/* /* …``: 3 s, a few MB: hours)."""
    parts: list[str] = []
    position = 0
    while (start := css.find("/*", position)) >= 0:
        end = css.find("*/", start + 2)
        if end < 0 or css.find("/*", start + 2, end + 3) >= 0:
            return None
        parts.append(css[position:start])
        position = end + 2
    parts.append(css[position:])
    return " ".join(parts)


def _split(name: str) -> tuple[str, str]:
    namespace, _, local = name.rpartition(" ")
    return namespace, local


def _not_svg_root(namespace: str, local: str) -> Phrase:
    if local == "svg" and not namespace:
        return Phrase.of("svg.root_without_namespace")
    if not namespace:
        return Phrase.of("svg.wrong_root", element=local)
    shown = _KNOWN_NAMESPACES.get(namespace, namespace)
    return Phrase.of("svg.wrong_root_namespace", element=local, namespace=shown)


def _foreign(namespace: str, local: str) -> Phrase:
    if not namespace:
        return Phrase.of("svg.element_without_namespace", element=local)
    if namespace in _KNOWN_NAMESPACES:
        return Phrase.of(
            "svg.foreign_element", element=local, language=_KNOWN_NAMESPACES[namespace]
        )
    return Phrase.of("svg.foreign_namespace_element", element=local, namespace=namespace)


def _refused_element(local: str) -> Phrase:
    if local == "script":
        return Phrase.of("svg.script")
    if local == "a":
        return Phrase.of("svg.link_element")
    if local == "foreignObject":
        return Phrase.of("svg.foreign_object")
    return Phrase.of("svg.refused_element", element=local)
