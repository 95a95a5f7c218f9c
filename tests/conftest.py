"""Fixtures shared by every test package: real PostgreSQL, never a mock."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANTERN_PG_FAST", "1")  # fsync off: throwaway clusters only

from tests.helpers import profiles
from tests.helpers.pg import Cluster, start_cluster

HYPOTHESIS_PROFILE = profiles.load()  # ci unless HYPOTHESIS_PROFILE says otherwise

# One devserver for the whole run, and the learner/instructor fixtures built
# on it, visible to every test package.
pytest_plugins = ["tests.fixtures.devserver", "tests.fixtures.learners"]

TEMPLATE = "lantern_template"
TEMPLATE_LEGACY = "lantern_template_legacy"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    with start_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def db_template(pg_cluster: Cluster) -> str:
    """Name of a template database: bootstrap + all migrations + seed."""
    pg_cluster.build_template(TEMPLATE)
    return TEMPLATE


@pytest.fixture
def db_url(pg_cluster: Cluster, db_template: str) -> Iterator[str]:
    """A fresh Supabase-like database for one test."""
    with pg_cluster.copy_of(db_template) as url:
        yield url


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's QApplication, with the app's languages installed as Lantern
    installs them at start: English (its plural forms) unless a test asks."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n

    class LanternTestApplication(QApplication):
        def __init__(self, args: list[str]) -> None:
            super().__init__(args)
            i18n.install(self, i18n.SOURCE.code)

    return LanternTestApplication


def pytest_sessionstart(session: pytest.Session) -> None:
    """The compiled catalogues the app loads (a build step: dev.py runs it too),
    so a plain ``pytest`` finds them as the app would."""
    from tools import translations

    if translations.release() != 0:
        raise pytest.UsageError("the translation catalogues did not compile (see above)")
