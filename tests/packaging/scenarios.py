"""The two first starts CI checks, for any way of starting Lantern (frozen or source)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from pathlib import Path

from desktop.cli.messages import translate
from desktop.course_package.sample import load_sample_course
from tests.fixtures.devserver import SignedUpUser
from tests.packaging.user_start import (
    UserSession,
    assert_no_traceback,
    open_a_lesson,
    started_as_user,
    x_server,
)

DATA = ".local/share/Lantern"  # platformdirs' user data folder under a Linux home


def guest_opens_the_sample_course(command: Sequence[str], where: Path, cwd: Path) -> None:
    """First start, no server: study as a guest, find the bundled course, open a lesson."""
    loaded = load_sample_course()
    assert loaded.package is not None
    package = loaded.package
    with x_server(where) as display, started_as_user(command, where, display, cwd=cwd) as user:
        dialog = user.wait_for_window(r"^Welcome to Lantern$")
        user.screenshot("first-run")
        user.keys(dialog, "alt+g")  # "Study as a &guest"
        main = user.wait_for_window(r"^Lantern — Guest$")
        user.wait_for_log(r"catalogue shows [1-9]\d* course")
        lesson = open_a_lesson(user, main, package.title)
        assert lesson in {str(item.id) for item in package.lessons}
        user.screenshot("lesson")
        listen_to_the_first_lessons_sound(user, main)
        user.screenshot("lesson-sound")
        on_to_the_lesson_with_the_video(user, main, [str(item.id) for item in package.lessons])
        watch_the_video(user, main)
        user.screenshot("lesson-video")
        assert_no_traceback(user)


def listen_to_the_first_lessons_sound(user: UserSession, main: str) -> None:
    """Keyboard only, from the lesson just opened (the keyboard is in its text):
    Tab to its first link (the sound's card), Enter opens the player, Space plays
    it, and a moment later Space pauses it: the log says it played past one
    second (Qt Multimedia, its FFmpeg plugin and the audio output all at work)."""
    since = user.log_mark()
    user.keys(main, "Tab", "Return")
    user.wait_for_log(r"media opened: media/dial-up\.ogg \(audio\)", since)
    user.keys(main, "space")
    user.wait_for_log(r"media playing: media/dial-up\.ogg", since)
    time.sleep(1.5)  # noqa: TID251 - deliberate: let it play  # allowed-sleep
    user.keys(main, "space")
    paused = user.wait_for_log(r"media paused: media/dial-up\.ogg at (\d+\.\d) s", since)
    assert float(paused.group(1)) >= 1.0, user.report()
    user.steps.append(f"sound played to {paused.group(1)} s")


def opens_in_the_language_chosen(command: Sequence[str], where: Path, cwd: Path, code: str) -> None:
    """A learner chose a language in Settings (window.json): the next start shows
    the welcome dialog in it, its catalogue compiled into the app's resources."""
    title = translate("SignInDialog", "Welcome to Lantern", language=code)
    assert title != "Welcome to Lantern", f"{code} translates the welcome dialog's title"
    settings = {f"{DATA}/window.json": json.dumps({"language": code})}
    with (
        x_server(where) as display,
        started_as_user(command, where, display, cwd=cwd, settings=settings) as user,
    ):
        user.wait_for_window(rf"^{re.escape(title)}$")
        user.wait_for_log(rf"language: {code} \(setting {code}\)")
        user.screenshot(f"first-run-{code}")
        assert "no compiled catalogue" not in user.log_text(), user.report()
        assert_no_traceback(user)


def on_to_the_lesson_with_the_video(user: UserSession, main: str, lessons: list[str]) -> None:
    """Complete each lesson (Alt+C) and go on to the next (Alt+N) up to the fourth,
    "HTTP: requests and responses", which holds the sample video."""
    for at in range(1, 4):
        since = user.log_mark()
        user.keys(main, "alt+c")  # "&Complete lesson"
        user.wait_for_log(r"lesson completed: [0-9a-f-]{36}", since)
        user.keys(main, "alt+n")  # "&Next: … ›"
        shown = user.wait_for_log(r"lesson shown: ([0-9a-f-]{36}) \(with its text\)", since)
        assert shown.group(1) == lessons[at], user.report()
    user.steps.append("on to the fourth lesson")


def watch_the_video(user: UserSession, main: str) -> None:
    """Keyboard only: Next left the keyboard in the lesson's text, Tab goes to its
    first link (the video's card), Enter opens the player, Space plays, Space pauses
    past one second: Qt Multimedia's FFmpeg plugin decodes the H.264 video."""
    since = user.log_mark()
    user.keys(main, "Tab", "Return")
    user.wait_for_log(r"media opened: media/request\.mp4 \(video\)", since)
    user.keys(main, "space")
    user.wait_for_log(r"media playing: media/request\.mp4", since)
    time.sleep(1.5)  # noqa: TID251 - deliberate: let it play  # allowed-sleep
    user.keys(main, "space")
    paused = user.wait_for_log(r"media paused: media/request\.mp4 at (\d+\.\d) s", since)
    assert float(paused.group(1)) >= 1.0, user.report()
    user.steps.append(f"video played to {paused.group(1)} s")


def learner_signs_in_and_opens_a_lesson(
    command: Sequence[str],
    where: Path,
    cwd: Path,
    *,
    url: str,
    anon_key: str,
    learner: SignedUpUser,
    full_name: str = "Test Learner",
) -> None:
    """First start on a laptop the school set up (server.json): sign in, the catalogue
    fills from the server, download a seed course, open its first lesson."""
    settings = {f"{DATA}/server.json": json.dumps({"url": url, "anon_key": anon_key})}
    with (
        x_server(where) as display,
        started_as_user(command, where, display, cwd=cwd, settings=settings) as user,
    ):
        dialog = user.wait_for_window(r"^Welcome to Lantern$")
        user.keys(dialog, "alt+e")
        user.type_text(dialog, learner.email)
        user.keys(dialog, "alt+p")
        user.type_text(dialog, learner.password)
        user.keys(dialog, "Return")
        main = user.wait_for_window(rf"^Lantern — {full_name}$")
        user.wait_for_log(r"catalogue shows [1-9]\d* course")  # pulled from the server
        lesson = open_a_lesson(user, main, "Python Foundations", download=True)
        assert lesson == "e1e1e1e1-0001-4000-8000-000000000001"  # "Hello, Python", free
        user.screenshot("lesson")
        assert_no_traceback(user)
