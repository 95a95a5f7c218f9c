"""Server-side writers while a client pulls page by page: the client misses nothing.

Through the devserver and the real engine and store (the SQL-level version,
with a naive-cursor control, is ``tests/supabase/test_sync_concurrency.py``).  An
instructor's course gets lessons inserted, renamed, given bodies and deleted
by several writers in overlapping transactions, one of them held open across
the client's pages, while an enrolled learner's ``SyncEngine`` pulls the
course scope with a page limit of 5.  At the end the local mirror equals the
server: every row, every change, every deletion.
"""

from __future__ import annotations

import itertools
import random
import threading
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
from sqlmodel import select

from desktop.store.actions import learning
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Course, Lesson, LessonContent
from desktop.sync.engine import CycleReport, SyncEngine
from devserver.server import DevServer
from tests.fixtures.learners import Learner

WRITERS = 3
ROUNDS = 10
PAGE = 5


def make_course(server: DevServer, instructor: str) -> tuple[str, list[str]]:
    course = str(uuid.uuid4())
    lessons = [str(uuid.uuid4()) for _ in range(3)]
    with psycopg.connect(server.db_url) as conn:
        conn.execute(
            "insert into public.courses (id, title, instructor_id, is_published) "
            "values (%s, 'Busy course', %s, true)",
            (course, instructor),
        )
        for n, lesson in enumerate(lessons):
            conn.execute(
                "insert into public.lessons (id, course_id, title, component_path, "
                "order_index) values (%s, %s, %s, 'busy', %s)",
                (lesson, course, f"Lesson {n}", n),
            )
    return course, lessons


def writer(
    server: DevServer,
    course: str,
    order: itertools.count[int],
    seed: int,
    errors: list[BaseException],
) -> None:
    """Insert lessons (with bodies), rename and delete earlier ones, in overlapping transactions."""
    rng = random.Random(seed)
    mine: list[str] = []
    try:
        with psycopg.connect(server.db_url) as conn:
            for _ in range(ROUNDS):
                with conn.transaction():
                    lesson = str(uuid.uuid4())
                    conn.execute(
                        "insert into public.lessons (id, course_id, title, "
                        "component_path, order_index) values (%s, %s, 'new', 'w', %s)",
                        (lesson, course, next(order)),
                    )
                    conn.execute(
                        "insert into public.lesson_contents (lesson_id, body_markdown) "
                        "values (%s, %s)",
                        (lesson, f"body {seed}"),
                    )
                    mine.append(lesson)
                    if len(mine) > 2 and rng.random() < 0.5:
                        conn.execute(
                            "update public.lessons set title = %s where id = %s",
                            (f"renamed {rng.random():.5f}", rng.choice(mine)),
                        )
                    if len(mine) > 3 and rng.random() < 0.4:
                        conn.execute(
                            "delete from public.lessons where id = %s",
                            (mine.pop(rng.randrange(len(mine) - 1)),),
                        )
                    # hold the transaction open a little, so commits interleave
                    conn.execute("select pg_sleep(%s)", (rng.uniform(0.0, 0.05),))
    except BaseException as exc:  # reported by the test thread
        errors.append(exc)


def server_rows(server: DevServer, course: str) -> dict[str, Any]:
    with psycopg.connect(server.db_url) as conn:
        lessons = conn.execute(
            "select id::text, title from public.lessons where course_id = %s", (course,)
        ).fetchall()
        bodies = conn.execute(
            "select c.lesson_id::text, c.body_markdown from public.lesson_contents c "
            "join public.lessons l on l.id = c.lesson_id where l.course_id = %s",
            (course,),
        ).fetchall()
    return {"lessons": sorted(lessons), "bodies": sorted(bodies)}


def local_rows(store: LearnerStore, course: str) -> dict[str, Any]:
    with store.db.read() as s:
        query = select(Lesson).where(Lesson.course_id == course)
        lessons = [(x.id, x.title) for x in s.exec(query)]
        ids = {x[0] for x in lessons}
        bodies = [
            (c.lesson_id, c.body_markdown)
            for c in s.exec(select(LessonContent))
            if c.lesson_id in ids
        ]
    return {"lessons": sorted(lessons), "bodies": sorted(bodies)}


def test_paged_pull_during_concurrent_server_writes_ends_with_every_row_and_deletion(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    teacher, learner = new_learner(), new_learner()
    course, _ = make_course(healthy_devserver, teacher.user_id)
    engine = SyncEngine(learner.store, learner.auth, pull_limit=PAGE)
    engine.run_cycle()
    learning.enroll(learner.store, course)
    engine.run_cycle()
    scope = f"course:{course}"
    assert local_rows(learner.store, course)["lessons"]  # the scope is being pulled

    order = itertools.count(100)
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=writer, args=(healthy_devserver, course, order, seed, errors))
        for seed in range(WRITERS)
    ]
    for thread in threads:
        thread.start()
    report = CycleReport()
    with psycopg.connect(healthy_devserver.db_url) as held:
        held_lesson = str(uuid.uuid4())
        passes = 0
        while any(t.is_alive() for t in threads):
            engine.pull_scope(report, scope)
            passes += 1
            if passes == 2:
                # a slow writer: its change has an old transaction id and
                # commits only after the client has paged past newer ones
                held.execute(
                    "insert into public.lessons (id, course_id, title, "
                    "component_path, order_index) values (%s, %s, 'held', 'h', %s)",
                    (held_lesson, course, next(order)),
                )
        for thread in threads:
            thread.join()
        assert not errors, errors
        engine.pull_scope(report, scope)
        assert held_lesson not in {x[0] for x in local_rows(learner.store, course)["lessons"]}
        held.commit()
    engine.pull_scope(report, scope)

    assert passes >= 2
    assert report.requests > passes
    want = server_rows(healthy_devserver, course)
    assert held_lesson in {x[0] for x in want["lessons"]}
    assert len(want["lessons"]) > WRITERS * ROUNDS // 2  # the writers did write
    assert local_rows(learner.store, course) == want


def test_a_course_changed_after_its_lessons_arrives_with_them_in_small_pages(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    teacher, learner = new_learner(), new_learner()
    course, lessons = make_course(healthy_devserver, teacher.user_id)
    with psycopg.connect(healthy_devserver.db_url) as conn:
        # re-stamped by a later transaction: the course now follows its lessons
        conn.execute(
            "update public.courses set title = 'Busy course, new title' where id = %s", (course,)
        )
    engine = SyncEngine(learner.store, learner.auth, pull_limit=2)
    engine.run_cycle()
    local = local_rows(learner.store, course)
    assert sorted(x[0] for x in local["lessons"]) == sorted(lessons)


def test_a_lesson_body_paged_apart_from_its_lesson_is_applied_with_it(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    teacher, learner = new_learner(), new_learner()
    course, _ = make_course(healthy_devserver, teacher.user_id)
    engine = SyncEngine(learner.store, learner.auth, pull_limit=1)
    engine.run_cycle()
    learning.enroll(learner.store, course)
    engine.run_cycle()
    with psycopg.connect(healthy_devserver.db_url) as conn:  # one transaction, both rows
        lesson = str(uuid.uuid4())
        conn.execute(
            "insert into public.lessons (id, course_id, title, component_path, "
            "order_index) values (%s, %s, 'Late', 'late', 99)",
            (lesson, course),
        )
        conn.execute(
            "insert into public.lesson_contents (lesson_id, body_markdown) "
            "values (%s, 'Late body')",
            (lesson,),
        )
    engine.pull_scope(CycleReport(), f"course:{course}")  # the body's page comes first
    assert (lesson, "Late body") in local_rows(learner.store, course)["bodies"]
    assert local_rows(learner.store, course) == server_rows(healthy_devserver, course)


def test_a_new_device_waits_for_a_course_re_stamped_above_the_horizon(
    healthy_devserver: DevServer, new_learner: Callable[[], Learner]
) -> None:
    """The classroom burst's failure (benchmarks/classroom_burst.py): while
    an older transaction is still open, a course re-stamped by a newer one
    (an enrollment moving its count) is above the server's horizon, so a new
    device's last catalogue page brings the course's lessons but not the
    course.  The engine holds that page and asks again until the course comes."""
    server = healthy_devserver
    course = str(uuid.uuid4())
    with psycopg.connect(server.db_url, autocommit=True) as admin:
        admin.execute(
            "insert into public.courses (id, title, is_published) values (%s, 'Busy', true)",
            (course,),
        )
        admin.execute(
            "insert into public.lessons (id, course_id, title, component_path, order_index) "
            "values (%s, %s, 'One', 'busy', 1)",
            (str(uuid.uuid4()), course),
        )
    learner = new_learner()
    older = psycopg.connect(server.db_url)
    try:
        older.execute("select pg_current_xact_id()")  # holds the horizon from here
        with psycopg.connect(server.db_url, autocommit=True) as admin:
            admin.execute(
                "update public.courses set title = 'Busy, renamed' where id = %s", (course,)
            )
        waits: list[float] = []

        def pause(seconds: float) -> None:
            waits.append(seconds)
            older.commit()  # the older transaction ends while the engine waits

        engine = SyncEngine(learner.store, learner.auth, wait_for_parents=pause)
        engine.pull_scope(CycleReport(), "catalogue")
    finally:
        older.close()
    assert waits, "the last page never lacked its parent: the scenario did not happen"
    with learner.store.db.read() as session:
        titles = {c.title for c in session.exec(select(Course).where(Course.id == course))}
        lessons = session.exec(select(Lesson).where(Lesson.course_id == course)).all()
    assert titles == {"Busy, renamed"}
    assert len(lessons) == 1
