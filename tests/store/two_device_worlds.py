"""Two devices of one learner, against the reference rules or the real SQL.

``reference``: ``ReferenceServer`` (docs/sync-rules.md as code) over the
sample course.  ``server``: the real ``sync_push``/``sync_pull`` of the
migrations, called as PostgREST calls them, over the seed's free practice
lesson "Hello, Python" (readable without enrollment, so no op is refused).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop.protocol import PulledPage, parse_push_reply
from desktop.rules.grading import GradableQuestion
from desktop.rules.hlc import HybridClock
from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.content import upsert_catalogue
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.pulled import apply_page, cursor_of
from devserver.db import user_claims
from tests.store.conftest import (
    COURSE,
    LEARNER,
    LESSONS,
    Q_MULTI,
    Q_SHORT,
    Q_SINGLE,
    QUIZ_LESSON,
    sample_content,
)
from tests.store.reference_server import ReferenceServer
from tests.supabase.sync_support import call_pull, call_push

SEED_COURSE = "c0c0c0c0-0000-4000-8000-000000000001"
SEED_HELLO = "e1e1e1e1-0001-4000-8000-000000000001"
SEED_Q1 = "f0f0f0f0-0101-4000-8000-000000000001"


class Backend(Protocol):
    def push(self, store: LearnerStore, *, lose_ack: bool) -> None: ...

    def pull(self, store: LearnerStore) -> None: ...


class ReferenceBackend:
    def __init__(self) -> None:
        self.server = ReferenceServer(
            LEARNER,
            [  # the whole quiz of sample_content()
                GradableQuestion(Q_SINGLE, 1, "single_choice", 1, ("a",)),
                GradableQuestion(Q_MULTI, 1, "multiple_choice", 2, ("a", "c")),
                GradableQuestion(Q_SHORT, 1, "short_answer", 1, ("a quarter", "one quarter")),
            ],
        )

    def push(self, store: LearnerStore, *, lose_ack: bool) -> None:
        outbox = Outbox(store.db, store.user_id)
        ops = outbox.pending()
        if ops:
            reply = self.server.push(store.device_id, ops)
            if not lose_ack:
                outbox.record_push(parse_push_reply(reply))

    def pull(self, store: LearnerStore) -> None:
        apply_page(store, self.server.page())


class SqlBackend:
    def __init__(self, conn: Any, user_id: str) -> None:
        self.conn = conn
        self.claims = user_claims(user_id)

    def push(self, store: LearnerStore, *, lose_ack: bool) -> None:
        outbox = Outbox(store.db, store.user_id)
        ops = outbox.pending()
        if ops:
            reply = call_push(self.conn, self.claims, store.device_id, [op.wire() for op in ops])
            if not lose_ack:
                outbox.record_push(parse_push_reply(reply))

    def pull(self, store: LearnerStore, scope: str = "learner") -> None:
        while True:
            reply = call_pull(self.conn, self.claims, scope, cursor_of(store, scope))
            page = PulledPage.from_wire(scope, reply)
            apply_page(store, page)
            if not page.has_more:
                return


@dataclass
class Device:
    store: LearnerStore
    backend: Backend
    wall_ms: int = 1_000_000

    def at(self, wall_ms: int) -> Device:
        """Set this device's wall clock (ms) for the next local actions."""
        self.wall_ms = wall_ms
        return self

    def push(self, *, lose_ack: bool = False) -> None:
        self.backend.push(self.store, lose_ack=lose_ack)

    def pull(self) -> None:
        self.backend.pull(self.store)

    def sync(self) -> None:
        self.push()  # push until empty, then pull (the design doc's cycle)
        self.pull()


@dataclass
class World:
    kind: str
    course: str
    lessons: list[str]
    quiz_lesson: str
    question: str
    right: str
    wrong: str
    _start: Callable[[Path], tuple[Device, Device]]

    def start(self, root: Path) -> tuple[Device, Device]:
        """Two devices of a fresh learner (a new user on the real server)."""
        return self._start(root)


def _device(store: LearnerStore, backend: Backend) -> Device:
    device = Device(store, backend)
    store.clock = HybridClock(store.device_id, now_ms=lambda: device.wall_ms)
    return device


def reference_world() -> World:
    def start(root: Path) -> tuple[Device, Device]:
        backend = ReferenceBackend()
        devices = []
        for name in ("a", "b"):
            store, _ = ProfileDirectory(root / name).open_learner(LEARNER)
            upsert_catalogue(store, sample_content())
            devices.append(_device(store, backend))
        return devices[0], devices[1]

    return World("reference", COURSE, LESSONS, QUIZ_LESSON, Q_SINGLE, "a", "b", start)


def server_world(conn: Any) -> World:
    def start(root: Path) -> tuple[Device, Device]:
        uid = str(uuid.uuid4())
        meta = json.dumps({"username": f"learner_{uid[:8]}", "full_name": "Two Devices"})
        conn.execute(
            "insert into auth.users (id, aud, role, email, encrypted_password, "
            "email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, "
            "updated_at) values (%s, 'authenticated', 'authenticated', %s, '', now(), '{}', "
            "%s, now(), now())",
            (uid, f"{uid[:8]}@example.test", meta),
        )
        backend = SqlBackend(conn, uid)
        devices = []
        for name in ("a", "b"):
            store, _ = ProfileDirectory(root / name).open_learner(uid)
            backend.pull(store, "catalogue")
            backend.pull(store, f"course:{SEED_COURSE}")
            devices.append(_device(store, backend))
        return devices[0], devices[1]

    return World("server", SEED_COURSE, [SEED_HELLO], SEED_HELLO, SEED_Q1, "b", "a", start)
