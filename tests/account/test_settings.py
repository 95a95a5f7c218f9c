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
    ("url", "key", "reason", "words"),
    [
        ("ftp://x", KEY, "not_an_address", "not a server address"),
        ("https://x.example", "short", "key_too_short", "project key"),
    ],
)
def test_bad_settings_are_refused_with_a_reason(
    url: str, key: str, reason: str, words: str
) -> None:
    with pytest.raises(SettingsError, match=words) as refused:  # the log's English
        ServerSettings(url, key)
    assert refused.value.reason == reason  # what the UI and the command line word
    assert refused.value.url == (url if reason == "not_an_address" else "")


def test_half_given_settings_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="both") as refused:
        resolve_server(tmp_path, url="https://x.example", environ={})
    assert refused.value.reason == "half_given"


def test_a_broken_saved_file_says_which_file(tmp_path: Path) -> None:
    (tmp_path / "server.json").write_text("[1,")
    with pytest.raises(SettingsError, match=r"server\.json") as refused:
        resolve_server(tmp_path, environ={})
    assert (refused.value.reason, refused.value.path) == ("not_json", tmp_path / "server.json")
    assert refused.value.detail  # the parser's words


def test_a_saved_file_that_is_not_an_object_says_which_file(tmp_path: Path) -> None:
    (tmp_path / "server.json").write_text("[1, 2]")
    with pytest.raises(SettingsError) as refused:
        resolve_server(tmp_path, environ={})
    assert (refused.value.reason, refused.value.path) == (
        "not_an_object",
        tmp_path / "server.json",
    )
