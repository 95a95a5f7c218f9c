from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.account.settings import ServerSettings, SettingsError, resolve_server

KEY = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl"


def test_explicit_values_win_over_environment_and_saved(tmp_path: Path) -> None:
    ServerSettings("https://saved.example", KEY).save(tmp_path)
    env = {"SUPABASE_URL": "https://env.example", "SUPABASE_ANON_KEY": KEY}
    chosen = [
        resolve_server(tmp_path, url="https://flag.example", anon_key=KEY, environ=env),
        resolve_server(tmp_path, environ=env),
        resolve_server(tmp_path, environ={}),
    ]
    assert [None if s is None else s.url for s in chosen] == [
        "https://flag.example",
        "https://env.example",
        "https://saved.example",
    ]


def test_classroom_file_is_the_last_resort(tmp_path: Path) -> None:
    classroom = tmp_path / "site" / "server.json"
    classroom.parent.mkdir()
    classroom.write_text(json.dumps({"url": "https://school.example", "anon_key": KEY}))
    found = resolve_server(tmp_path / "learner", environ={}, classroom_file=classroom)
    assert found is not None
    assert found.url == "https://school.example"
    assert (
        resolve_server(tmp_path / "learner", environ={}, classroom_file=tmp_path / "none.json")
        is None
    )


@pytest.mark.parametrize(
    ("url", "key", "words"),
    [
        ("ftp://x", KEY, "not a server address"),
        ("https://x.example", "short", "project key"),
    ],
)
def test_bad_settings_are_refused_with_a_reason(url: str, key: str, words: str) -> None:
    with pytest.raises(SettingsError, match=words):
        ServerSettings(url, key)


def test_half_given_settings_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="both"):
        resolve_server(tmp_path, url="https://x.example", environ={})


def test_a_broken_saved_file_says_which_file(tmp_path: Path) -> None:
    (tmp_path / "server.json").write_text("[1,")
    with pytest.raises(SettingsError, match=r"server\.json"):
        resolve_server(tmp_path, environ={})
