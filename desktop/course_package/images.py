"""Finding the images a lesson's Markdown refers to.

Authors write ``![A browser](images/browser.png)`` with a path relative to
the package folder; the same relative path names the file in the package
and, once published, the object ``course-content/<course id>/<path>``.
Links with a scheme (``https://…``) are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote

IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}

_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


@dataclass(frozen=True)
class ImageReference:
    target: str  # as written
    path: str | None  # package path, or None when it leaves the package
    line: int  # line in the file


def content_type(path: str) -> str | None:
    return IMAGE_TYPES.get(PurePosixPath(path).suffix.lower())


def find_images(body: str, first_line: int) -> list[ImageReference]:
    """Local image references in ``body``, whose first line is ``first_line``
    of its file."""
    found: list[ImageReference] = []
    fence: str | None = None
    for offset, raw_line in enumerate(body.split("\n")):
        # Examples inside code blocks and `code spans` are text, not images.
        marker = _FENCE.match(raw_line)
        if marker and (fence is None or marker.group(1).startswith(fence)):
            fence = marker.group(1)[:3] if fence is None else None
            continue
        if fence is not None:
            continue
        line = _CODE_SPAN.sub("", raw_line)
        for pattern in (_MARKDOWN_IMAGE, _HTML_IMAGE):
            for match in pattern.finditer(line):
                target = match.group(1)
                if _SCHEME.match(target) or target.startswith(("//", "#")):
                    continue
                found.append(ImageReference(target, package_path(target), first_line + offset))
    return found


def package_path(target: str) -> str | None:
    cleaned = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if not cleaned or cleaned.startswith("/") or "\\" in cleaned:
        return None
    parts = [part for part in PurePosixPath(cleaned).parts if part != "."]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)
