"""Which Supabase project Lantern talks to, and where its data lives.

Resolution order, first match wins: explicit values (``--url``/``--anon-key``),
the environment (``SUPABASE_URL``/``SUPABASE_ANON_KEY``), the learner's saved
settings (``<data dir>/server.json``), then a classroom-wide file an
administrator may place in the system config directory
(``platformdirs.site_config_dir("Lantern")/server.json``).

That classroom file is also where a school turns on quick PIN sign-in for
young learners on its laptops (``"quick_pin_sign_in": true``): each learner
may then choose a PIN that reopens their data after they sign out
(``desktop.store.db.unlock``).  A learner cannot turn it on from the app.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Lantern"
SETTINGS_FILE = "server.json"
QUICK_PIN_KEY = "quick_pin_sign_in"
_URL = re.compile(r"^https?://[^\s/]+(/[^\s]*)?$")


class SettingsError(ValueError):
    """Server settings are missing or not valid; ``reason`` says which.

    The codes, which the UI and the command line word (``str(exc)`` is English,
    for logs): ``not_an_address`` (``url``), ``key_too_short``, ``not_json``
    (``path``, ``detail``: the parser's words), ``not_an_object`` (``path``),
    ``half_given`` (a URL without a key, or a key without a URL);
    from ``desktop.account.server_check``: ``unreachable`` (``url``, ``detail``:
    the error's type), ``key_refused``, ``not_supabase`` (``url``, ``status``);
    from the app: ``no_server_chosen``, ``no_demo_server``.  ``invalid``: raised
    with a message and no code."""

    def __init__(
        self,
        message: str = "",
        *,
        reason: str = "invalid",
        url: str = "",
        path: Path | None = None,
        status: int | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message or reason)
        self.reason = reason
        self.url = url
        self.path = path
        self.status = status
        self.detail = detail


def classroom_config_file() -> Path:
    # appauthor=False: "C:\\ProgramData\\Lantern", not "…\\Lantern\\Lantern" on Windows.
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE


log = logging.getLogger(__name__)


def quick_pin_allowed(classroom_file: Path | None = None) -> bool:
    """Whether the school chose quick PIN sign-in on this laptop (off unless it did)."""
    path = classroom_file or classroom_config_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError) as exc:
        log.warning(
            "classroom settings %s unreadable (%s); quick PIN sign-in stays off",
            path,
            type(exc).__name__,
        )
        return False
    return isinstance(raw, dict) and raw.get(QUICK_PIN_KEY) is True


@dataclass(frozen=True)
class ServerSettings:
    url: str
    anon_key: str

    def __post_init__(self) -> None:
        if not _URL.match(self.url):
            raise SettingsError(
                f"“{self.url}” is not a server address; it should look like "
                "https://your-project.supabase.co",
                reason="not_an_address",
                url=self.url,
            )
        if not self.anon_key or len(self.anon_key) < 20 or " " in self.anon_key:
            raise SettingsError(
                "The project key is missing or too short; "
                "ask your teacher for the school's setup code.",
                reason="key_too_short",
            )

    @property
    def normalized_url(self) -> str:
        return self.url.rstrip("/")

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        (data_dir / SETTINGS_FILE).write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")

    @classmethod
    def load_file(cls, path: Path) -> ServerSettings | None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except ValueError as exc:
            raise SettingsError(
                f"{path} is not valid JSON: {exc}", reason="not_json", path=path, detail=str(exc)
            ) from exc
        if not isinstance(raw, dict):
            raise SettingsError(
                f"{path} should hold an object with url and anon_key",
                reason="not_an_object",
                path=path,
            )
        return cls(str(raw.get("url", "")), str(raw.get("anon_key", "")))


def resolve_server(
    data_dir: Path,
    *,
    url: str | None = None,
    anon_key: str | None = None,
    environ: dict[str, str] | None = None,
    classroom_file: Path | None = None,
) -> ServerSettings | None:
    """The server to use, or None when nothing has been configured anywhere."""
    env = os.environ if environ is None else environ
    url = url or env.get("SUPABASE_URL")
    anon_key = anon_key or env.get("SUPABASE_ANON_KEY")
    if url or anon_key:
        if not (url and anon_key):
            raise SettingsError("Give both the server URL and its anon key.", reason="half_given")
        return ServerSettings(url, anon_key)
    saved = ServerSettings.load_file(data_dir / SETTINGS_FILE)
    if saved is not None:
        return saved
    return ServerSettings.load_file(classroom_file or classroom_config_file())
