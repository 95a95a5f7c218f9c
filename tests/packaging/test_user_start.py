"""Lantern from the source tree, started as a learner starts it (no arguments, fresh home,
a real X server, keys from outside): the same scenarios CI runs on the frozen bundle
(tests/packaging/test_frozen_app.py), quick enough for every run."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser
from tests.packaging.helpers import ROOT
from tests.packaging.scenarios import (
    guest_opens_the_sample_course,
    learner_signs_in_and_opens_a_lesson,
    opens_in_the_language_chosen,
)
from tests.packaging.user_start import require_display_tools

SOURCE = [sys.executable, "-m", "desktop.cli"]

pytestmark = pytest.mark.timeout(400)


def test_a_guest_opens_the_sample_course_from_the_source_tree(tmp_path: Path) -> None:
    require_display_tools()
    guest_opens_the_sample_course(SOURCE, tmp_path, ROOT)


@pytest.mark.parametrize("code", ["es", "ar"])
def test_the_app_opens_in_the_language_a_learner_chose_from_the_source_tree(
    code: str, tmp_path: Path
) -> None:
    require_display_tools()
    opens_in_the_language_chosen(SOURCE, tmp_path, ROOT, code)


def test_a_learner_signs_in_and_opens_a_lesson_from_the_source_tree(
    tmp_path: Path, healthy_devserver: DevServer, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    require_display_tools()
    learner_signs_in_and_opens_a_lesson(
        SOURCE,
        tmp_path,
        ROOT,
        url=healthy_devserver.url,
        anon_key=healthy_devserver.anon_key,
        learner=signed_up_user(),
    )
