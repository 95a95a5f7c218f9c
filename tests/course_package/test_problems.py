"""Every kind of mistake is reported with its file, its line and a sentence."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from desktop.course_package import Problem, load_files
from desktop.ui.words.package import phrase_text, problem_text
from tests.course_package.packages import COURSE, FIRST, SECOND, SECOND_QUIZ, tiny_package


def problems_of(changes: Mapping[str, str | bytes | None]) -> tuple[Problem, ...]:
    result = load_files(tiny_package(changes))
    assert result.package is None, "a package with a problem must not load"
    assert result.problems
    return result.problems


def assert_reported(
    problems: tuple[Problem, ...], file: str, line: int | None, *fragments: str
) -> None:
    for problem in problems:
        if (
            problem.file == file
            and problem.line == line
            and all(fragment in phrase_text(problem.what) for fragment in fragments)
        ):
            return
    listing = "\n".join(problem_text(problem) for problem in problems)
    pytest.fail(f"expected {file}:{line} with {fragments}; got:\n{listing}")


def test_the_tiny_package_itself_is_valid() -> None:
    result = load_files(tiny_package())
    assert result.problems == ()
    assert result.package is not None


def test_missing_course_title_is_reported() -> None:
    problems = problems_of({"course.toml": COURSE.replace('title = "A tiny course"\n', "")})
    assert [problem_text(p) for p in problems] == ["course.toml:1: the course is missing 'title'."]


def test_missing_lesson_title_is_reported() -> None:
    problems = problems_of({"second.md": SECOND.replace('title = "Second"\n', "")})
    assert_reported(problems, "second.md", 1, "the lesson is missing 'title'")


def test_unknown_difficulty_names_the_line_and_the_choices() -> None:
    problems = problems_of({"course.toml": COURSE.replace('"beginner"', '"expert"')})
    assert_reported(problems, "course.toml", 3, "'expert'", "'beginner', 'intermediate'")


def test_duplicate_lesson_order_points_at_the_second_lesson() -> None:
    problems = problems_of({"second.md": SECOND.replace("order = 2", "order = 1")})
    assert [problem_text(p) for p in problems] == [
        "second.md:3: order 1 is already used by first.md; each lesson needs its own order number."
    ]


def test_prerequisite_naming_no_lesson_is_reported() -> None:
    problems = problems_of({"second.md": SECOND.replace('["first"]', '["frist"]')})
    assert_reported(
        problems, "second.md", 4, "prerequisite 'frist' names no lesson", "first, second"
    )


def test_prerequisites_in_a_circle_are_reported_once() -> None:
    first = FIRST.replace("order = 1\n", 'order = 1\nprerequisites = ["second"]\n')
    problems = problems_of({"first.md": first})
    circles = [problem for problem in problems if "circle" in phrase_text(problem.what)]
    assert len(circles) == 1
    assert_reported(problems, "first.md", 4, "first → second → first")


def test_a_lesson_cannot_require_itself() -> None:
    problems = problems_of({"second.md": SECOND.replace('["first"]', '["second"]')})
    assert_reported(problems, "second.md", 4, "its own prerequisite")


def test_choice_question_without_correct_answer_points_at_its_table() -> None:
    problems = problems_of({"first.md": FIRST.replace('correct = "a"\n', "")})
    assert_reported(problems, "first.md", 9, "question 'q1' has no correct answer")


def test_question_in_quiz_file_without_correct_answer() -> None:
    problems = problems_of({"second.quiz.toml": SECOND_QUIZ.replace('correct = ["a", "c"]\n', "")})
    assert_reported(problems, "second.quiz.toml", 3, "question 'many' has no correct answer")


def test_short_answer_without_accepted_answers() -> None:
    problems = problems_of({"second.quiz.toml": SECOND_QUIZ.replace('accepted = ["hello"]\n', "")})
    assert_reported(
        problems, "second.quiz.toml", 10, "question 'word' has no correct answer", "accepted"
    )


def test_correct_answer_naming_no_option() -> None:
    problems = problems_of({"first.md": FIRST.replace('correct = "a"', 'correct = "z"')})
    assert_reported(problems, "first.md", 14, "names 'z', which is not an option")


def test_single_choice_with_several_correct_answers() -> None:
    problems = problems_of({"first.md": FIRST.replace('correct = "a"', 'correct = ["a", "b"]')})
    assert_reported(problems, "first.md", 14, "single_choice but has 2 correct answers")


def test_missing_image_and_thumbnail_are_both_reported() -> None:
    problems = problems_of({"images/cover.png": None})
    assert_reported(problems, "first.md", 18, "image 'images/cover.png' is not in the package")
    assert_reported(problems, "course.toml", 4, "thumbnail 'images/cover.png' is not in")


def test_image_outside_the_package_is_refused() -> None:
    problems = problems_of({"first.md": FIRST.replace("(images/cover.png)", "(../cover.png)")})
    assert_reported(problems, "first.md", 18, "points outside the package")


def test_images_in_code_examples_are_not_checked() -> None:
    body = FIRST + '\n```html\n<img src="/nowhere.png">\n```\n`![x](gone.png)`\n'
    assert load_files(tiny_package({"first.md": body})).ok


def test_thumbnail_that_is_not_an_image() -> None:
    problems = problems_of({"course.toml": COURSE.replace("images/cover.png", "first.md")})
    assert_reported(problems, "course.toml", 4, "is not an image Lantern can show")


def test_file_that_is_not_utf8_names_the_line_of_the_bad_byte() -> None:
    problems = problems_of({"second.md": SECOND.encode().replace(b"Second body", b"Caf\xe9")})
    assert [problem_text(p) for p in problems] == [
        "second.md:6: is not UTF-8 text (save it as UTF-8 in your editor)."
    ]


def test_malformed_course_toml_names_the_line() -> None:
    problems = problems_of({"course.toml": COURSE.replace('"A tiny course"', '"unclosed')})
    assert_reported(problems, "course.toml", 2, "is not valid TOML")


def test_malformed_front_matter_names_the_line_in_the_lesson_file() -> None:
    problems = problems_of({"first.md": FIRST.replace("order = 1", "order = = 1")})
    assert_reported(problems, "first.md", 3, "front matter is not valid TOML")


def test_missing_front_matter() -> None:
    problems = problems_of({"second.md": "# Second\nJust text.\n"})
    assert_reported(problems, "second.md", 1, "has no front matter")


def test_unclosed_front_matter() -> None:
    problems = problems_of({"second.md": '+++\ntitle = "Second"\norder = 2\n'})
    assert_reported(problems, "second.md", 1, "front matter is not closed")


def test_missing_course_file() -> None:
    problems = problems_of({"course.toml": None})
    assert [problem_text(p) for p in problems] == [
        "course.toml: is missing: a package needs a course.toml beside its lesson files."
    ]


def test_package_without_lessons() -> None:
    problems = problems_of({"first.md": None, "second.md": None, "second.quiz.toml": None})
    assert_reported(problems, "course.toml", None, "the package has no lessons")


def test_misspelt_setting_is_reported_as_unknown() -> None:
    problems = problems_of({"second.md": SECOND.replace("order = 2", "order = 2\nordre = 3")})
    assert_reported(problems, "second.md", 4, "unknown setting 'ordre'")


def test_questions_need_a_stable_unique_id() -> None:
    quiz = SECOND_QUIZ.replace('id = "word"', 'id = "many"')
    problems = problems_of({"second.quiz.toml": quiz})
    assert_reported(problems, "second.quiz.toml", 11, "two questions of this lesson have the id")
    problems = problems_of({"first.md": FIRST.replace('id = "q1"\n', "")})
    assert_reported(problems, "first.md", 9, 'like id = "q1"')


def test_choice_question_needs_two_options() -> None:
    problems = problems_of({"first.md": FIRST.replace('["A", "B"]', '["A"]')})
    assert_reported(problems, "first.md", 13, "at least two answers")


def test_option_tables_need_unique_ids() -> None:
    options = '[{ id = "x", text = "A" }, { id = "x", text = "B" }]'
    problems = problems_of({"first.md": FIRST.replace('["A", "B"]', options)})
    assert_reported(problems, "first.md", 13, "two options with the id 'x'")


def test_quiz_in_two_places_is_refused() -> None:
    lesson = SECOND.replace('prerequisites = ["first"]\n', '[quiz]\nmode = "practice"\n')
    problems = problems_of({"second.md": lesson})
    assert_reported(
        problems, "second.md", 4, "the quiz mode is set both here and in second.quiz.toml"
    )


def test_quiz_file_without_its_lesson() -> None:
    problems = problems_of({"third.quiz.toml": SECOND_QUIZ})
    assert_reported(problems, "third.quiz.toml", None, "there is no third.md")


def test_lesson_file_name_must_be_usable_as_an_address() -> None:
    problems = problems_of({"my lesson.md": SECOND.replace("order = 2", "order = 3")})
    assert_reported(problems, "my lesson.md", None, "letters, digits")


def test_course_id_must_be_a_uuid_and_price_a_sum_of_money() -> None:
    course = COURSE + 'id = "not-a-uuid"\nprice = 1.234\n'
    problems = problems_of({"course.toml": course})
    assert_reported(problems, "course.toml", 5, "is not a UUID")
    assert_reported(problems, "course.toml", 6, "at most two decimals")


def test_every_problem_is_reported_in_one_run() -> None:
    problems = problems_of(
        {
            "course.toml": COURSE.replace('"beginner"', '"expert"'),
            "first.md": FIRST.replace('correct = "a"', 'correct = "z"'),
            "second.md": SECOND.replace('["first"]', '["nowhere"]'),
            "images/cover.png": None,
        }
    )
    assert {(problem.file, problem.line) for problem in problems} == {
        ("course.toml", 3),
        ("course.toml", 4),
        ("first.md", 14),
        ("first.md", 18),
        ("second.md", 4),
    }
    positions = [(problem.file, problem.line or 0) for problem in problems]
    assert positions == sorted(positions), "problems come grouped by file, in line order"


def test_unquoted_html_image_that_is_missing_is_reported() -> None:
    problems = problems_of({"second.md": SECOND + "\n<img src=images/x.png>\n"})
    assert_reported(problems, "second.md", 8, "image 'images/x.png' is not in the package")


def test_reference_style_image_that_is_missing_is_reported() -> None:
    body = SECOND + "\nSee ![a][pic].\n\n[pic]: images/gone.png\n"
    problems = problems_of({"second.md": body})
    assert_reported(problems, "second.md", 8, "image 'images/gone.png' is not in the package")


@pytest.mark.parametrize(
    "body",
    [
        "\n![A cover][pic]\n\n[pic]: images/cover.png\n",
        "\n![pic]\n\n[PIC]: <images/cover.png>\n",
        "\n![A cover][pic] and again ![pic][]\n\n[pic]: images/cover.png 'The cover'\n",
    ],
)
def test_a_reference_style_image_that_is_there_is_accepted(body: str) -> None:
    """The documented form (docs/course-packages.md): its definition is an
    image's address, not a link the reader would refuse to open."""
    result = load_files(tiny_package({"second.md": SECOND + body}))
    assert result.package is not None, [str(problem) for problem in result.problems]


def test_a_definition_a_link_uses_is_still_judged_as_a_link() -> None:
    body = SECOND + "\n![A cover][pic], [see it][pic]\n\n[pic]: images/cover.png\n"
    problems = problems_of({"second.md": body})
    assert_reported(problems, "second.md", 10, "link 'images/cover.png' would not open")


def test_reference_style_image_without_a_definition_is_reported() -> None:
    problems = problems_of({"second.md": SECOND + "\n![a][pic]\n"})
    assert_reported(problems, "second.md", 8, "image reference [pic] is not defined")


@pytest.mark.parametrize(
    "link",
    [
        "[run](javascript:alert(1))",
        '<a href="data:text/html,<b>x</b>">x</a>',
        "[host](file:///etc/hostname)",
        "<javascript:alert(1)>",
        "[x][evil]\n\n[evil]: vbscript:msgbox",
        "<a href='&#106;avascript:alert(1)'>x</a>",
        "[x](JavaScript:alert(1))",
    ],
)
def test_links_that_would_not_open_are_reported_with_their_line(link: str) -> None:
    problems = problems_of({"second.md": SECOND + "\n" + link + "\n"})
    lines = [
        problem.line
        for problem in problems
        if problem.file == "second.md" and "would not open" in phrase_text(problem.what)
    ]
    assert lines, problems
    assert lines[0] in (8, 10), problems


def test_web_and_mail_links_are_fine() -> None:
    body = (
        SECOND + "\n[a](https://example.com/a_(b)) [b](http://x) [c](mailto:a@b.c) "
        "<https://example.com> [d](#section) [e](mailto:a@b.c?subject=Hi;%20there&body=x)\n"
    )
    assert load_files(tiny_package({"second.md": body})).ok


@pytest.mark.parametrize(
    ("link", "why"),
    [
        ("[e](02-other.md)", "cannot link to files or pages of the package"),
        ("[abs](/etc/hostname)", "cannot link to files or pages of the package"),
        ("[proto](//evil.example/x)", "cannot link to files or pages of the package"),
        ("[nohost](http:foo)", "the http: address has no host"),
        ("[f](mailto:t@school.example?subject=Hi&attach=/etc/hostname)", "sets 'attach'"),
        ("[f](mailto:t@school.example?subject=Hi;Attachment=a.txt)", "sets 'attachment'"),
        ("[f](mailto:t@school.example?%61ttach=a.txt)", "sets 'attach'"),
        ("[f](mailto:t@school.example?X-Priority=1)", "sets 'x-priority'"),
        ("[nobody](mailto:?subject=Hi)", "names nobody"),
    ],
)
def test_links_the_reader_refuses_are_reported_by_the_same_rule(link: str, why: str) -> None:
    """One rule (images.link_refusal) decides for the reader and for check."""
    from desktop.course_package.images import link_refusal

    problems = problems_of({"second.md": SECOND + "\n" + link + "\n"})
    assert_reported(problems, "second.md", 8, why)
    target = link[link.index("(") + 1 : -1]
    refusal = link_refusal(target)
    assert refusal is not None
    assert why in phrase_text(refusal)
    # as browsers do, whitespace inside a scheme does not hide it
    refusal = link_refusal("jav\tascript:alert(1)")
    assert refusal is not None
    assert "not 'javascript:' ones" in phrase_text(refusal)


def test_image_with_a_local_file_address_is_reported() -> None:
    problems = problems_of({"second.md": SECOND + "\n![x](file:///etc/hostname)\n"})
    assert_reported(problems, "second.md", 8, "uses a 'file:' address")


def test_a_lesson_with_more_images_and_links_than_the_limit_is_refused() -> None:
    body = SECOND + "\n" + "![i](images/cover.png) " * 10_001 + "\n"
    problems = problems_of({"second.md": body})
    assert_reported(problems, "second.md", 8, "more than 10,000 images and links")
