"""Setup codes and ``lantern://`` links (desktop.account.setup_code): round trips, hostile text."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.account.setup_code import (
    INCOMPLETE,
    SetupCode,
    SetupCodeError,
    check_address,
    make_setup_code,
    parse_setup,
)


def _b64(data: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def jwt(role: str = "anon") -> str:
    return f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{_b64({'role': role})}.c2lnbmF0dXJl"


KEY = jwt()
URL = "https://school.supabase.co"

hosts = st.from_regex(r"[a-z][a-z0-9-]{0,20}(\.[a-z][a-z0-9-]{0,10}){1,3}", fullmatch=True)
paths = st.from_regex(r"(/[A-Za-z0-9._~-]{1,12}){0,3}", fullmatch=True)
keys = st.builds(
    lambda claims, sig: (
        f"{_b64({'alg': 'HS256'})}.{_b64(claims)}."
        + base64.urlsafe_b64encode(sig).rstrip(b"=").decode()
    ),
    st.dictionaries(
        st.text(min_size=1, max_size=8).filter(lambda k: k != "role"),
        st.text(max_size=20),
        max_size=4,
    ),
    st.binary(min_size=1, max_size=64),
)


@given(host=hosts, port=st.none() | st.integers(1, 65535), path=paths, key=keys)
def test_code_and_link_round_trip(host: str, port: int | None, path: str, key: str) -> None:
    url = f"https://{host}{f':{port}' if port else ''}{path}"
    made = make_setup_code(url, key)
    assert parse_setup(made.code()) == SetupCode(url, key)
    assert parse_setup(made.link()) == SetupCode(url, key)


@given(key=keys, cut=st.integers(1, 40))
def test_a_code_cut_short_says_it_is_incomplete(key: str, cut: int) -> None:
    code = make_setup_code(URL, key).code()
    with pytest.raises(SetupCodeError) as raised:
        parse_setup(code[: max(len("lantern1.") + 1, len(code) - cut)])
    assert raised.value.reason == INCOMPLETE


@given(key=keys, data=st.data())
def test_any_one_typo_in_the_payload_is_caught(key: str, data: st.DataObject) -> None:
    code = make_setup_code(URL, key).code()
    start = len("lantern1.")
    index = data.draw(st.integers(start, len(code) - 1))
    replacement = data.draw(
        st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    )
    typo = code[:index] + replacement + code[index + 1 :]
    if typo == code:
        return
    with pytest.raises(SetupCodeError):
        parse_setup(typo)


def test_a_wrapped_code_and_a_wrapped_link_still_work() -> None:
    made = make_setup_code(URL, KEY)
    code = made.code()
    wrapped = "\n  ".join(code[i : i + 30] for i in range(0, len(code), 30))
    assert parse_setup(f"  {wrapped}\n") == made
    link = made.link()
    assert parse_setup(link[:40] + "\n" + link[40:]) == made


def test_a_hand_written_link_without_check_is_accepted() -> None:
    assert parse_setup(f"lantern://setup?v=1&url={URL}&key={KEY}") == SetupCode(URL, KEY)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Paste the setup code"),
        ("   \n ", "Paste the setup code"),
        ("https://school.supabase.co", "doesn't look like a Lantern setup code"),
        ("hello", "doesn't look like a Lantern setup code"),
        ("lantern1.", "incomplete"),
        ("lantern1.abc", "incomplete"),
        ("lantern1.abc.zzzzzzzz", "incomplete"),
        ("lantern1.!!!!.01234567", "incomplete"),
        ("lantern1.\x00\x01.01234567", "incomplete"),
        ("lantern9.abcd.01234567", "newer version"),
        ("lantern://setup?v=2&url=x&key=y", "newer version"),
        ("lantern://setup?v=1&url=" + URL, "incomplete"),
        ("lantern://setup?v=1&key=" + KEY, "incomplete"),
        ("lantern://setup?url=" + URL + "&key=" + KEY, "incomplete"),
        (f"lantern://setup?v=1&url={URL}&key={KEY}&check=00000000", "incomplete"),
        (f"lantern://setup?v=1&v=1&url={URL}&key={KEY}", "incomplete"),
        (f"lantern://setup?v=1&url={URL}&key=%ff%fe", "incomplete"),
        (f"lantern://other?v=1&url={URL}&key={KEY}", "doesn't look like"),
        (f"lantern://setup?v=1&url=http://school.example&key={KEY}", "https://"),
        (f"lantern://setup?v=1&url=ftp://school.example&key={KEY}", "https://"),
        (f"lantern://setup?v=1&url=https://u:p@school.example&key={KEY}", "not valid"),
        (f"lantern://setup?v=1&url=https://school.example:99999&key={KEY}", "not valid"),
        (f"lantern://setup?v=1&url=https://school.example?x=1&key={KEY}", "not valid"),
        (f"lantern://setup?v=1&url=https://&key={KEY}", "not valid"),
        (f"lantern://setup?v=1&url={URL}&key=short", "not complete"),
        (f"lantern://setup?v=1&url={URL}&key=a.b.c", "not complete"),
        (f"lantern://setup?v=1&url={URL}&key={jwt('service_role')}", "secret key"),
        (f"lantern://setup?v=1&url={URL}&key=sb_secret_abcdefghijklmnopqrstu", "secret key"),
        ("lantern1." + "A" * 9000, "doesn't look like"),
    ],
)
def test_hostile_text_is_refused_with_a_sentence(text: str, words: str) -> None:
    with pytest.raises(SetupCodeError, match=words) as raised:
        parse_setup(text)
    assert "anon" not in str(raised.value).lower()


@given(st.text(max_size=300))
def test_any_text_is_either_a_code_or_a_sentence(text: str) -> None:
    message = ""
    try:
        check_address(parse_setup(text).url)
    except SetupCodeError as exc:
        message = str(exc)
    assert message == "" or message.endswith(".")


@pytest.mark.parametrize(
    "url",
    ["http://localhost:54321", "http://127.0.0.1:54321", "http://[::1]:54321", "https://x.example"],
)
def test_http_is_only_for_this_computer(url: str) -> None:
    check_address(url)
    assert parse_setup(make_setup_code(url, KEY).code()).url == url


def test_new_style_publishable_keys_are_accepted() -> None:
    key = "sb_publishable_abcdefghijklmnopqrstuvwx"
    assert parse_setup(make_setup_code(URL, key).link()).key == key


def test_the_teacher_cannot_make_a_code_with_the_secret_key() -> None:
    with pytest.raises(SetupCodeError, match="secret key"):
        make_setup_code(URL, jwt("service_role"))
