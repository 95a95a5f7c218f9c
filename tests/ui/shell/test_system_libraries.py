"""Before the first window: a missing X11 library is named with the command that installs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui.shell.system_libraries import (
    MissingLibraries,
    debian_package,
    missing_display_libraries,
    not_found,
    uses_xcb,
)
from tests.packaging.helpers import ROOT

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd6b3f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2)
"""


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1.1.0", "libegl1"),
        ("oddname", "oddname"),
    ],
)
def test_debian_package_names_follow_the_soname(soname: str, package: str) -> None:
    assert debian_package(soname) == package


def test_not_found_lists_each_missing_library_once_in_order() -> None:
    assert not_found(LDD_OUTPUT) == ("libxcb-cursor.so.0", "libxcb-icccm.so.4")


def test_the_message_names_the_library_and_one_install_command() -> None:
    text = MissingLibraries(("libxcb-cursor.so.0", "libxcb-icccm.so.4")).message()
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in text
    assert "    sudo apt-get install libxcb-cursor0 libxcb-icccm4\n" in text


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
    ],
)
def test_only_an_x11_start_is_checked(environ: dict[str, str], expected: bool) -> None:
    assert uses_xcb(environ) is (expected and sys.platform.startswith("linux"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries: Linux only")
def test_nothing_is_reported_where_every_library_is_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    # .ci/run installs Qt's X11 libraries; on a machine without them this names them
    assert missing_display_libraries() is None


def _fake_ldd(folder: Path) -> Path:
    """An ``ldd`` that reports libxcb-cursor missing, as on a bare Debian machine."""
    folder.mkdir()
    ldd = folder / "ldd"
    ldd.write_text("#!/bin/sh\nprintf '\\tlibxcb-cursor.so.0 => not found\\n'\n")
    ldd.chmod(0o755)
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries: Linux only")
@pytest.mark.parametrize("command", [["gui"], ["demo"]])
def test_the_app_says_what_to_install_before_it_opens_a_window(
    tmp_path: Path, command: list[str]
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(
        PATH=f"{_fake_ldd(tmp_path / 'bin')}{os.pathsep}{env['PATH']}",
        HOME=str(tmp_path / "home"),
        DISPLAY=":99",
    )
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "the system library libxcb-cursor.so.0 that Qt needs" in done.stderr
    assert "sudo apt-get install libxcb-cursor0" in done.stderr
    assert "Traceback" not in done.stderr
    assert "qt.qpa" not in done.stderr
    assert not (tmp_path / "home").exists()  # nothing started: no profile, no demo server
