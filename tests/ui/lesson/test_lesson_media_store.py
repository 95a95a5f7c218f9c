"""A lesson's media from the learner's store: files, progress, and what is never played (#16)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.course_package import load_files
from desktop.store import actions
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.importer import import_package
from desktop.ui.lesson.watching import PARTS, Watched, media_key
from desktop.ui.operations.reads import lesson_content
from tests.course_package.test_media import BLOCK, with_media
from tests.samples import media_files


def test_a_lesson_reads_its_media_with_progress_and_only_whole_files(tmp_path: Path) -> None:
    block = BLOCK + '\n```media\nfile = "media/sheet.pdf"\ntitle = "Sheet"\n```\n'
    result = load_files(with_media(block, {"media/sheet.pdf": media_files.pdf()}))
    assert result.package is not None
    store, _ = ProfileDirectory(tmp_path).open_guest()
    try:
        import_package(store, result.package)
        lesson_id = str(result.package.lesson("first").id)
        talk, sheet = lesson_content(store, lesson_id).media
        assert (talk.kind, talk.title, talk.duration_seconds) == (
            "video",
            "How a request travels",
            None,  # not written in the block: the player reads the real one
        )
        assert talk.file is not None
        assert Path(talk.file).read_bytes() == media_files.video()
        assert talk.poster is not None
        assert talk.captions == media_files.CAPTIONS  # read on the worker, as text
        assert (sheet.kind, sheet.captions, sheet.progress) == ("document", None, {})
        entry = {"percent": 40, "position": 0.8, "watched": "ff"}
        actions.record_section_progress(store, lesson_id, {media_key("media/talk.mp4"): entry})
        talk, _ = lesson_content(store, lesson_id).media
        assert {key: talk.progress[key] for key in entry} == entry  # and the stamp
        # A copy cut short on this disk is not offered to the player.
        assert talk.file is not None
        Path(talk.file).write_bytes(media_files.video()[:100])
        talk, _ = lesson_content(store, lesson_id).media
        assert talk.file is None
    finally:
        store.close()


# (kind of step, seconds): play on by a little, or seek to a place
steps = st.lists(
    st.tuples(st.sampled_from(["play", "seek"]), st.floats(min_value=0, max_value=120)),
    max_size=60,
)


@given(steps, st.integers(min_value=0, max_value=100))
@example([("seek", 60.0), ("play", 60.5)], 0)  # a seek counts nothing before it
def test_what_was_watched_only_grows_and_survives_a_round_trip(
    moves: list[tuple[str, float]], stored: int
) -> None:
    watched = Watched(100.0, {"percent": stored})
    before = watched.percent
    position = 0.0
    watched.started(0.0)
    for kind, value in moves:
        if kind == "seek":
            position = min(value, 100.0)
            watched.moved(position)
            watched.started(position)
        else:
            position = min(100.0, position + value / 100)  # playback steps of under 2 s
            watched.played(position)
        assert watched.percent >= before
        before = watched.percent
    again = Watched(100.0, watched.entry())
    assert again.parts == watched.parts
    assert again.percent == watched.percent
    assert again.position == round(watched.position, 1)
    assert len(watched.parts) <= PARTS


def test_a_seek_does_not_count_what_it_skips() -> None:
    watched = Watched(100.0)
    watched.started(0.0)
    watched.played(1.0)
    watched.moved(90.0)
    watched.started(90.0)
    watched.played(91.0)
    assert watched.parts == {0, 1, 90, 91}
    assert watched.percent == 4


def test_a_hostile_entry_from_the_server_is_read_safely() -> None:
    for entry in (
        {"watched": "z" * 30, "position": "far", "percent": True},
        {"watched": "f" * 10_000, "position": -5, "percent": 1e300},
        {"watched": None, "position": None},
    ):
        watched = Watched(10.0, entry)
        assert watched.parts == set() or len(watched.parts) <= PARTS
        assert watched.resume_at() >= 0.0
