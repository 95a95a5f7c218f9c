"""A school's setup code or ``lantern://`` link: the project URL and its public key in one paste.

Two spellings of the same thing (``docs/setup-codes.md``):

* a link, ``lantern://setup?v=1&url=<percent-encoded URL>&key=<key>&check=<8 hex>``,
  which a browser hands to Lantern once the ``lantern`` scheme is registered;
* a code to paste, ``lantern1.<payload>.<check>``, where the payload is the
  URL and the key joined by a newline, UTF-8, base64url without padding.

``check`` is the first 8 hex digits of SHA-256 over ``url + "\\n" + key``: a
code cut short by an email client, or mistyped, fails it and the learner reads
"This code is incomplete" instead of a network error.  Whitespace anywhere in a
code is ignored (long lines get wrapped).  The link's ``check`` is optional,
because a school may write the link by hand; ``lantern setup-code`` always adds it.

Pure: no network, no disk.  Every refusal is a :class:`SetupCodeError` whose
``reason`` is a code the UI and the command line word for a learner (never
saying "anon key"); its message is the English sentence, for logs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import json
import re
import urllib.parse
from dataclasses import dataclass

CODE_PREFIX = "lantern1."
LINK_SCHEME = "lantern"
LINK_PREFIX = "lantern://setup?"
VERSION = 1
MAX_TEXT = 8192  # a URL and a key are a few hundred characters; anything near this is not a code

# The refusals' codes (SetupCodeError.reason) and their English, for logs: the UI
# (desktop/ui/shell/errors.py) and the command line (desktop/cli/common.py) word them.
EMPTY = "empty"  # nothing was pasted
NOT_A_CODE = "not_a_code"  # neither lantern1. nor lantern://
INCOMPLETE = "incomplete"  # cut short, mistyped, or failing its check
NEWER_CODE = "newer_code"  # lantern2. and later: for a newer Lantern
NEWER_LINK = "newer_link"  # a link whose v= is newer than this Lantern
BAD_ADDRESS = "bad_address"  # the server address is not a bare URL
NOT_HTTPS = "not_https"  # http:// for a server that is not on this computer
SECRET_KEY = "secret_key"  # the project's service_role (secret) key
INCOMPLETE_KEY = "incomplete_key"  # the key is not a whole public key

ASK_AGAIN = "Ask your teacher for a new setup code."
_ENGLISH = {
    EMPTY: "Paste the setup code or link your school gave you.",
    NOT_A_CODE: (
        "This doesn't look like a Lantern setup code. It starts with “lantern1.” "
        "or “lantern://” — check it with your teacher."
    ),
    INCOMPLETE: "This code is incomplete — check it with your teacher.",
    NEWER_CODE: (
        "This setup code is for a newer version of Lantern. Update Lantern, then paste it again."
    ),
    NEWER_LINK: (
        "This setup link is for a newer version of Lantern. "
        "Update Lantern, then open the link again."
    ),
    BAD_ADDRESS: f"The server address in this code is not valid. {ASK_AGAIN}",
    NOT_HTTPS: (
        "The server address must start with https:// (http:// is only for a server "
        f"on this computer). {ASK_AGAIN}"
    ),
    SECRET_KEY: (
        "This code carries the project's secret key, which must never be given to learners. "
        f"{ASK_AGAIN}"
    ),
    INCOMPLETE_KEY: f"The project key in this code is not complete. {ASK_AGAIN}",
}

_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_B64URL = re.compile(r"^[A-Za-z0-9_-]+$")
_CHECK = re.compile(r"^[0-9a-f]{8}$")
_NEW_STYLE_KEY = re.compile(r"^sb_publishable_[A-Za-z0-9_-]{16,}$")


class SetupCodeError(ValueError):
    """The text is not a usable setup code; ``reason`` (a code above) says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(_ENGLISH.get(reason, reason))
        self.reason = reason


@dataclass(frozen=True)
class SetupCode:
    url: str
    key: str

    def code(self) -> str:
        """The pasteable form."""
        payload = _b64encode(f"{self.url}\n{self.key}".encode())
        return f"{CODE_PREFIX}{payload}.{checksum(self.url, self.key)}"

    def link(self) -> str:
        query = urllib.parse.urlencode(
            {
                "v": str(VERSION),
                "url": self.url,
                "key": self.key,
                "check": checksum(self.url, self.key),
            },
            quote_via=urllib.parse.quote,
        )
        return f"{LINK_PREFIX}{query}"


def checksum(url: str, key: str) -> str:
    return hashlib.sha256(f"{url}\n{key}".encode()).hexdigest()[:8]


def make_setup_code(url: str, key: str) -> SetupCode:
    """What ``lantern setup-code`` prints: refuses what :func:`parse_setup` would refuse."""
    url = url.strip().rstrip("/")
    key = key.strip()
    check_address(url)
    check_key(key)
    return SetupCode(url, key)


def parse_setup(text: str) -> SetupCode:
    """A code or link pasted by a learner (or passed on the command line)."""
    text = text.strip()
    if not text:
        raise SetupCodeError(EMPTY)
    if len(text) > MAX_TEXT:
        raise SetupCodeError(NOT_A_CODE)
    if text.lower().startswith(f"{LINK_SCHEME}:"):
        return _parse_link(text)
    compact = "".join(text.split())
    if compact.lower().startswith(CODE_PREFIX):
        return _parse_code(compact)
    if re.match(r"^lantern\d+\.", compact, re.IGNORECASE):
        raise SetupCodeError(NEWER_CODE)
    raise SetupCodeError(NOT_A_CODE)


def _parse_code(compact: str) -> SetupCode:
    body = compact[len(CODE_PREFIX) :]
    payload, dot, check = body.rpartition(".")
    if not dot or not payload or not _B64URL.match(payload) or not _CHECK.match(check):
        raise SetupCodeError(INCOMPLETE)
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        raise SetupCodeError(INCOMPLETE) from None
    if _b64encode(raw) != payload:  # stray bits in the last character: a typo, not a code
        raise SetupCodeError(INCOMPLETE)
    url, newline, key = decoded.partition("\n")
    if not newline or checksum(url, key) != check:
        raise SetupCodeError(INCOMPLETE)
    return _checked(url, key)


def _parse_link(text: str) -> SetupCode:
    if any(c.isspace() for c in text):  # a wrapped link: its pieces were joined by spaces
        text = "".join(text.split())
    parts = urllib.parse.urlsplit(text)
    if parts.scheme.lower() != LINK_SCHEME or parts.netloc.lower() != "setup":
        raise SetupCodeError(NOT_A_CODE)
    try:
        query = urllib.parse.parse_qs(
            parts.query, keep_blank_values=True, strict_parsing=True, errors="strict"
        )
    except (ValueError, UnicodeDecodeError):
        raise SetupCodeError(INCOMPLETE) from None
    if any(len(values) != 1 for values in query.values()):
        raise SetupCodeError(INCOMPLETE)
    fields = {name: values[0] for name, values in query.items()}
    version = fields.get("v", "")
    if version != str(VERSION):
        if version.isdigit() and int(version) > VERSION:
            raise SetupCodeError(NEWER_LINK)
        raise SetupCodeError(INCOMPLETE)
    url, key = fields.get("url", ""), fields.get("key", "")
    if not url or not key:
        raise SetupCodeError(INCOMPLETE)
    check = fields.get("check")
    if check is not None and checksum(url, key) != check.lower():
        raise SetupCodeError(INCOMPLETE)
    return _checked(url, key)


def _checked(url: str, key: str) -> SetupCode:
    check_address(url)
    check_key(key)
    return SetupCode(url.rstrip("/"), key)


def check_address(url: str) -> None:
    """https, or http only for this computer; a bare address (no query, no password)."""
    if not url or len(url) > 2048 or any(not c.isprintable() or c.isspace() for c in url):
        raise SetupCodeError(BAD_ADDRESS)
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # ValueError for a port that is not a number in range
    except ValueError:
        raise SetupCodeError(BAD_ADDRESS) from None
    host = (parts.hostname or "").lower()
    if not host or parts.username is not None or parts.query or parts.fragment:
        raise SetupCodeError(BAD_ADDRESS)
    if port == 0:
        raise SetupCodeError(BAD_ADDRESS)
    scheme = parts.scheme.lower()
    if scheme == "https":
        return
    if scheme == "http" and _is_this_computer(host):
        return
    raise SetupCodeError(NOT_HTTPS)


def _is_this_computer(host: str) -> bool:
    if host in _LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_key(key: str) -> None:
    """A Supabase public key: a JWT whose role is not service_role, or ``sb_publishable_…``."""
    if _NEW_STYLE_KEY.match(key):
        return
    if key.startswith("sb_secret_"):
        raise SetupCodeError(SECRET_KEY)
    segments = key.split(".")
    if len(segments) != 3 or not all(s and _B64URL.match(s) for s in segments):
        raise SetupCodeError(INCOMPLETE_KEY)
    try:
        header = json.loads(_b64decode(segments[0]))
        claims = json.loads(_b64decode(segments[1]))
    except ValueError:
        raise SetupCodeError(INCOMPLETE_KEY) from None
    if not isinstance(header, dict) or "alg" not in header or not isinstance(claims, dict):
        raise SetupCodeError(INCOMPLETE_KEY)
    if claims.get("role") == "service_role":
        raise SetupCodeError(SECRET_KEY)


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as exc:
        raise ValueError(str(exc)) from None
