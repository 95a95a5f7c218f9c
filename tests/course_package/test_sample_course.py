"""The bundled sample course is a valid package that shows the whole format."""

from __future__ import annotations

from desktop.course_package import CoursePackage, QuestionKind, QuizMode
from desktop.course_package.sample import load_sample_course


def load_sample() -> CoursePackage:
    result = load_sample_course()
    assert result.problems == ()
    assert result.package is not None
    return result.package


def test_sample_course_parses_without_problems() -> None:
    package = load_sample()
    assert package.title == "How the Web works"
    assert 4 <= len(package.lessons) <= 5
    assert [lesson.order for lesson in package.lessons] == sorted(
        lesson.order for lesson in package.lessons
    )


def test_sample_course_shows_every_part_of_the_format() -> None:
    package = load_sample()
    lessons = package.lessons
    assert [lesson.slug for lesson in lessons if lesson.free_preview] == [lessons[0].slug]
    assert any(lesson.prerequisites for lesson in lessons)
    modes = {lesson.quiz_mode for lesson in lessons if lesson.questions}
    assert modes == {QuizMode.PRACTICE, QuizMode.ASSESSED}
    kinds = {question.kind for lesson in lessons for question in lesson.questions}
    assert kinds == set(QuestionKind)
    assessed = [lesson for lesson in lessons if lesson.quiz_mode is QuizMode.ASSESSED]
    assert {question.kind for question in assessed[0].questions} == set(QuestionKind)
    assert package.thumbnail == "images/cover.png"
    assert sum(len(lesson.images) for lesson in lessons) >= 2
    assert len(package.achievements) == 1


def test_sample_images_are_real_pngs() -> None:
    for asset in load_sample().assets:
        if not asset.content_type.startswith("image/"):
            continue  # the video, sound, captions and PDF: tests/course_package/test_media.py
        assert asset.content_type == "image/png"
        assert asset.data.startswith(b"\x89PNG\r\n\x1a\n")
        assert asset.size < 64 * 1024, "the sample ships inside the app; keep it small"


def test_the_sample_shows_each_kind_of_media() -> None:
    package = load_sample()
    media = {item.kind: item for lesson in package.lessons for item in lesson.media}
    assert sorted(media) == ["audio", "document", "video"]
    assert media["video"].duration_seconds == 12  # read from the MP4
    assert media["video"].captions == "media/request.en.vtt"
    assert media["video"].poster == "images/request-poster.png"
    assert media["audio"].duration_seconds == 9  # read from the Ogg stream
    sizes = {asset.path: asset.size for asset in package.assets}
    assert sum(sizes.values()) < 256 * 1024, "the sample ships inside the app; keep it small"
