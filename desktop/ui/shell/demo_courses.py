"""The demo's catalogue: the bundled sample course and the demo courses, published once.

``lantern demo`` signs its instructor in on the local demo server and publishes
``resources/sample-course`` and every package under ``resources/demo-courses``
that the server does not have yet (a few categories and difficulties, each
with a cover), through the same :class:`~desktop.publish.course.Publisher` as
``lantern publish``.  Blocking: it runs on the task runner, before the demo
learner is signed in, so their first sync brings the whole catalogue.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.account.session import make_client
from desktop.account.settings import ServerSettings
from desktop.course_package import load_package
from desktop.course_package.sample import SAMPLE_COURSE_DIR
from desktop.publish.course import Publisher
from desktop.sync.errors import SyncError

log = logging.getLogger(__name__)

DEMO_COURSES_DIR = SAMPLE_COURSE_DIR.parent / "demo-courses"


def demo_packages() -> list[Path]:
    folders = sorted(p for p in DEMO_COURSES_DIR.iterdir() if (p / "course.toml").is_file())
    return [SAMPLE_COURSE_DIR, *folders]


def publish_demo_courses(settings: ServerSettings, email: str, password: str) -> list[str]:
    """Publish the demo packages the server lacks; the titles published now."""
    response = make_client(settings).auth.sign_in_with_password(
        {"email": email, "password": password}
    )
    if response.session is None or response.user is None:
        raise SyncError("The demo instructor could not sign in.")  # untranslated: logged
    client = make_client(settings, response.session.access_token)
    publisher = Publisher(client, str(response.user.id))
    rows = client.table("courses").select("id").eq("is_published", True).execute().data
    present = {str(row.get("id")) for row in rows if isinstance(row, dict)}
    published = []
    for folder in demo_packages():
        result = load_package(folder)
        if result.package is None:  # a broken demo package costs that course, not the demo
            log.warning("demo course %s not published: %s", folder.name, result.problems[:1])
            continue
        if str(result.package.id) in present:
            continue
        publisher.publish(result.package)
        published.append(result.package.title)
    log.info("demo courses published: %d", len(published))
    return published
