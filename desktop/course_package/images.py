"""Finding the images a lesson's Markdown refers to.

Authors write ``![A browser](images/browser.png)`` with a path relative to
the package folder; the same relative path names the file in the package
and, once published, the object ``course-content/<course id>/<path>``.
Images with a scheme (``https://…``) are left alone.  The Markdown is read
by ``markdown_scan``, in linear time whatever the text (issue #12).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote

from desktop.course_package.markdown_scan import scan
from desktop.course_package.problems import Phrase

IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}

_MAILTO_SEMICOLON = re.compile(r";(?=[^;=]*=)")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
#: the only links a lesson may open, in the learner's web browser or mail program
LINK_SCHEMES = ("http", "https", "mailto")
#: the fields a ``mailto:`` link may fill in (RFC 6068 allows any header)
MAILTO_FIELDS = frozenset({"to", "cc", "bcc", "subject", "body"})
#: addresses an image may have besides a path inside the package
IMAGE_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class ImageReference:
    target: str  # as the reader gets it
    path: str | None  # package path, or None when it leaves the package
    line: int  # line in the file


@dataclass(frozen=True)
class LessonReferences:
    """What a lesson body points at, with the line of each in its file."""

    images: tuple[ImageReference, ...]  # local images (no scheme)
    web_images: tuple[tuple[str, int], ...]  # (address, line) of images with a scheme
    links: tuple[tuple[str, int], ...]  # (address, line) of links and definitions
    undefined: tuple[tuple[str, int], ...]  # (label, line) of ![…][label] with no definition
    too_many: int | None = None  # the line where more than MAX_REFERENCES were found


def content_type(path: str) -> str | None:
    return IMAGE_TYPES.get(PurePosixPath(path).suffix.lower())


def scheme(target: str) -> str | None:
    """The lower-case scheme of an address (``JavaScript:`` → ``javascript``), if any."""
    match = _SCHEME.match(target)
    return match.group(1).lower() if match else None


def link_refusal(target: str) -> Phrase | None:
    """Why the lesson reader will not open this link, or None when it will.

    The one rule for the reader (``desktop.ui.lesson.browser``) and ``lantern
    check``: a ``#section`` of the same lesson, or an ``http``/``https`` address
    with a host, or a ``mailto:`` address.  Whitespace and control characters
    are dropped first, as browsers drop them (``jav\tascript:``).
    """
    cleaned = "".join(ch for ch in target if ch > " " and ch != "\x7f")
    if cleaned.startswith("#"):
        return None
    kind = scheme(cleaned)
    if kind is None:
        return Phrase.of("link.inside_package")
    if kind not in LINK_SCHEMES:
        return Phrase.of("link.refused_scheme", scheme=kind)
    rest = cleaned[len(kind) + 1 :]
    if kind == "mailto":
        return _mailto_refusal(rest)
    host = rest[2:].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if not rest.startswith("//") or not host or host.startswith("@"):
        return Phrase.of("link.no_host", scheme=kind)
    return None


def _mailto_refusal(rest: str) -> Phrase | None:
    """A ``mailto:`` may fill in the recipients, the subject and the body.

    Its other fields go to the mail program as headers, and several mail
    programs have read ``attach=`` (or ``attachment=``) as a file of the
    learner's to attach: one click and "Open" sent a file of theirs to the
    author."""
    address, _, fields = rest.partition("?")
    # fields are split at "&" (RFC 6068), and at a ";" before another name=,
    # which some programs take as a separator too
    parts = [part for field in fields.split("&") for part in _MAILTO_SEMICOLON.split(field)]
    names = [unquote(part.partition("=")[0]).strip().lower() for part in parts]
    if not address and not any(name in ("to", "cc", "bcc") for name in names):
        return Phrase.of("link.mailto_nobody")
    others = sorted({name for name in names if name and name not in MAILTO_FIELDS})
    if fields and others:
        return Phrase.of("link.mailto_fields", fields=tuple(repr(n) for n in others))
    return None


def find_references(body: str, first_line: int) -> LessonReferences:
    """The images and links of ``body``, whose first line is ``first_line`` of its file."""
    images: list[ImageReference] = []
    web_images: list[tuple[str, int]] = []
    links: list[tuple[str, int]] = []
    undefined: list[tuple[str, int]] = []
    too_many = None
    for found in scan(body):
        line = first_line + found.line
        if found.kind == "limit":
            too_many = line
        elif found.label is not None:
            undefined.append((found.label, line))
        elif found.kind == "link":
            links.append((found.target, line))
        elif scheme(found.target) is not None or found.target.startswith("//"):
            web_images.append((found.target, line))
        elif found.target and not found.target.startswith("#"):
            images.append(ImageReference(found.target, package_path(found.target), line))
    return LessonReferences(
        tuple(images), tuple(web_images), tuple(links), tuple(undefined), too_many
    )


def find_images(body: str, first_line: int) -> list[ImageReference]:
    """Local image references in ``body``, whose first line is ``first_line``
    of its file."""
    return list(find_references(body, first_line).images)


def package_path(target: str) -> str | None:
    cleaned = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if not cleaned or cleaned.startswith("/") or "\\" in cleaned:
        return None
    parts = [part for part in PurePosixPath(cleaned).parts if part != "."]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)
