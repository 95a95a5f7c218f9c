"""The sample course bundled with Lantern ("How the Web works"), written in
the package format: guest mode imports it, and it is the example authors copy.

``resources/`` sits next to ``desktop/`` in a checkout and in the PyInstaller
bundle alike (``packaging/lantern.spec`` ships it as data).
"""

from __future__ import annotations

from pathlib import Path

from desktop.course_package.loader import LoadResult, load_package

SAMPLE_COURSE_DIR = Path(__file__).resolve().parents[2] / "resources" / "sample-course"


def load_sample_course() -> LoadResult:
    return load_package(SAMPLE_COURSE_DIR)
