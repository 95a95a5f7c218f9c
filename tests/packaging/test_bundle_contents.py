"""What the spec leaves out of the bundle (packaging/bundle_contents.py), without building."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, load_bundle_contents

contents = load_bundle_contents()

PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{PLUGINS}/platforms/libqxcb.so",
        f"{PLUGINS}/platforms/libqwayland.so",
        f"{PLUGINS}/platforms/libqoffscreen.so",
        f"{PLUGINS}/platforms/qwindows.dll",
        f"{PLUGINS}/platforms/libqcocoa.dylib",
        f"{PLUGINS}/imageformats/libqjpeg.so",
        f"{PLUGINS}/imageformats/libqsvg.so",
        f"{PLUGINS}/imageformats/libqwebp.so",
        f"{PLUGINS}/imageformats/libqgif.so",
        f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so",
        f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "resources/sample-course/course.toml",
        "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
    ],
)
def test_desktop_platforms_image_formats_and_app_files_are_kept(dest: str) -> None:
    assert not contents.is_unused(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{PLUGINS}/platforms/libqeglfs.so",
        f"{PLUGINS}/platforms/libqlinuxfb.so",
        f"{PLUGINS}/platforms/libqvnc.so",
        f"{PLUGINS}/platforms/qdirect2d.dll",
        f"{PLUGINS}/generic/libqevdevmouseplugin.so",
        f"{PLUGINS}/egldeviceintegrations/libqeglfs-x11-integration.so",
        f"{PLUGINS}/platformthemes/libqgtk3.so",
        f"{PLUGINS}/imageformats/libqtiff.so",
        "PySide6/Qt/translations/qt_de.qm",
        "PySide6\\Qt\\translations\\qtbase_fr.qm",
    ],
)
def test_embedded_platforms_gtk_theme_rare_formats_and_translations_are_left_out(dest: str) -> None:
    assert contents.is_unused(dest)


def test_qts_own_catalogue_of_each_shipped_language_stays() -> None:
    assert contents.shipped_languages() == ["ar", "es"]
    for code in contents.shipped_languages():
        assert not contents.is_unused(f"PySide6/Qt/translations/qtbase_{code}.qm")
        assert contents.is_unused(f"PySide6/Qt/translations/qt_{code}.qm")  # the meta catalogue


# A small link graph shaped like the real one: the GTK theme pulls cairo and
# pango; pango needs harfbuzz, which a kept library also needs.
LINKS = {
    "/src/libqgtk3.so": ["libcairo.so.2", "libpango-1.0.so.0", "libQt6Gui.so.6"],
    "/src/libpango-1.0.so.0": ["libharfbuzz.so.0", "libfribidi.so.0"],
    "/src/libcairo.so.2": ["libpixman-1.so.0"],
    "/src/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"],
    "/src/libQt6XcbQpa.so.6": ["libharfbuzz.so.0"],
}


def _entry(dest: str) -> tuple[str, str, str]:
    return (dest, "/src/" + dest.rsplit("/", 1)[-1], "BINARY")


BINARIES = [
    _entry(d)
    for d in (
        f"{PLUGINS}/platformthemes/libqgtk3.so",
        f"{PLUGINS}/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libcairo.so.2",
        "libpango-1.0.so.0",
        "libharfbuzz.so.0",
        "libfribidi.so.0",
        "libpixman-1.so.0",
        "libunrelated.so.1",
    )
]


def test_prune_drops_libraries_only_a_dropped_plugin_needed() -> None:
    kept, dropped = contents.prune(BINARIES, lambda src: LINKS.get(src, []))
    assert sorted(d[0].rsplit("/", 1)[-1] for d in dropped) == [
        "libcairo.so.2",
        "libfribidi.so.0",
        "libpango-1.0.so.0",
        "libpixman-1.so.0",
        "libqgtk3.so",
    ]
    names = {k[0].rsplit("/", 1)[-1] for k in kept}
    # needed by a kept library, or by nothing the dropped plugin reaches: stays
    assert {"libharfbuzz.so.0", "libQt6Gui.so.6", "libunrelated.so.1", "libqxcb.so"} <= names
    assert len(kept) + len(dropped) == len(BINARIES)


def test_no_qt_module_the_app_imports_is_excluded_from_the_bundle() -> None:
    """Before anyone builds: an excluded Qt module that desktop/ still imports
    would make the frozen app fail where that import runs."""
    imported = contents.imported_qt_modules(ROOT / "desktop")
    assert {
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtNetwork",
    } <= imported  # the scan sees what the code uses
    assert imported & set(contents.EXCLUDES) == set()


def test_the_import_scan_finds_every_spelling_of_a_qt_import(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text("import PySide6.QtSvg\nfrom PySide6.QtPdf import QPdfDocument\n")
    (package / "sub" / "b.py").write_text(
        "def f():\n    from PySide6 import QtMultimedia, QtCore\n    import os\n"
    )
    assert contents.imported_qt_modules(package) == {
        "PySide6.QtSvg",
        "PySide6.QtPdf",
        "PySide6.QtMultimedia",
        "PySide6.QtCore",
    }


@pytest.mark.parametrize(
    ("platform", "name"),
    [
        ("linux", "libQt6Network.so.6"),
        ("win32", "Qt6Network.dll"),
        ("darwin", "QtNetwork.framework"),
    ],
)
def test_qt_library_names(platform: str, name: str) -> None:
    assert contents.qt_library("PySide6.QtNetwork", platform) == name


def test_qt_network_keeps_its_reachability_backends_and_drops_its_tls_ones() -> None:
    assert not contents.is_unused(f"{PLUGINS}/networkinformation/libqnetworkmanager.so")
    assert not contents.is_unused(f"{PLUGINS}/networkinformation/libqglib.so")
    assert contents.is_unused(f"{PLUGINS}/tls/libqopensslbackend.so")
