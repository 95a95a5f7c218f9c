"""Sentences for problems in ``course.toml``, a lesson's front matter and its quiz,
and the package as a whole (course_file, lesson_file, quiz, criteria, documents,
loader, validate, toml_text …)."""

from __future__ import annotations

from desktop.ui.words import COUNTED, QT_TRANSLATE_NOOP, Plural

TOML_PROBLEMS: dict[str, str] = {
    # ---- why a TOML text does not parse (toml_text): the reason of toml.invalid
    "toml.invalid": QT_TRANSLATE_NOOP("package", "is not valid TOML: {reason}."),
    "toml.syntax": QT_TRANSLATE_NOOP("package", "{error}"),  # tomllib's own words
    "toml.nested_too_deep": QT_TRANSLATE_NOOP(
        "package", "arrays or tables are nested more than {limit} levels deep"
    ),
    "toml.recursion": QT_TRANSLATE_NOOP(
        "package", "values are nested too deeply (at most {limit} levels)"
    ),
    "toml.too_many_digits": QT_TRANSLATE_NOOP("package", "a number has far too many digits"),
    "toml.number_too_large": QT_TRANSLATE_NOOP("package", "a number is far too large"),
    "toml.nul_character": QT_TRANSLATE_NOOP(
        "package", "a text holds a NUL character (\\u0000), which the server cannot store"
    ),
    # ---- text files (documents)
    "text.not_utf8": QT_TRANSLATE_NOOP(
        "package", "is not UTF-8 text (save it as UTF-8 in your editor)."
    ),
    "text.nul_byte": QT_TRANSLATE_NOOP(
        "package",
        "holds a NUL character (byte 0), which the server cannot store; "
        "remove it (it is invisible in most editors).",
    ),
    # ---- the package as a whole (loader)
    "package.no_course_file": QT_TRANSLATE_NOOP(
        "package", "is missing: a package needs a course.toml beside its lesson files."
    ),
    "package.no_lessons": QT_TRANSLATE_NOOP(
        "package",
        "the package has no lessons: add a Markdown file (like 01-welcome.md) beside course.toml.",
    ),
    "package.quiz_without_lesson": QT_TRANSLATE_NOOP(
        "package", "belongs to no lesson: there is no {lesson}."
    ),
    # ---- course.toml (course_file)
    "course.bad_slug": QT_TRANSLATE_NOOP(
        "package",
        "slug {slug} may use only letters, digits, '-' and '_', "
        "and must start with a letter or digit.",
    ),
    "course.id_not_uuid": QT_TRANSLATE_NOOP(
        "package",
        "id {id} is not a UUID (like '0b7d6c1e-8f7a-4c33-9d0e-2f1f7c9a6b52'); "
        "remove it to derive one from the slug.",
    ),
    "course.bad_price": QT_TRANSLATE_NOOP(
        "package",
        "'price' of {where} must be a number from 0 to {maximum} "
        "with at most two decimals, like 9.99.",
    ),
    "achievement.not_tables": QT_TRANSLATE_NOOP(
        "package", "achievements must be [[achievements]] tables."
    ),
    "achievement.duplicate_key": QT_TRANSLATE_NOOP(
        "package", "two achievements have the key {key}; keys must differ."
    ),
    "achievement.criteria_without_type": QT_TRANSLATE_NOOP(
        "package", "the criteria table needs a 'type', such as \"course_completion\"."
    ),
    "achievement.bad_criteria": QT_TRANSLATE_NOOP("package", "{where}: {problem}"),
    # ---- an achievement's criteria (criteria): the problem of achievement.bad_criteria
    "criteria.unknown_type": QT_TRANSLATE_NOOP(
        "package", "the criteria 'type' is {value}; a course's achievement may use {types}."
    ),
    "criteria.unknown_key": QT_TRANSLATE_NOOP(
        "package", "the criteria key '{key}' is not understood (known: {known})."
    ),
    "criteria.other_course": QT_TRANSLATE_NOOP(
        "package",
        "the criteria name course {named}, but this course's id is {course_id}; "
        "leave course_id out.",
    ),
    "criteria.completion_takes_no_count": QT_TRANSLATE_NOOP(
        "package",
        '"course_completion" is earned by completing this course and takes no required_count.',
    ),
    "criteria.needs_count": QT_TRANSLATE_NOOP(
        "package",
        '"{kind}" needs a required_count, a whole number from 1 to {maximum}, '
        "counted within this course.",
    ),
    # ---- language and direction (text_direction)
    "language.invalid": QT_TRANSLATE_NOOP("package", "'language' of {where}: {problem}"),
    "language.not_a_tag": QT_TRANSLATE_NOOP(
        "package",
        '{tag} is not a language tag; write one like "ar", "he", "fa-IR" or "en-GB" '
        "(language, then optionally script and region).",
    ),
    # ---- a lesson file (documents, loader, lesson_file, validate)
    "lesson.no_front_matter": QT_TRANSLATE_NOOP(
        "package",
        "has no front matter: the first line must be '{fence}', "
        "then the lesson's TOML settings, then another '{fence}'.",
    ),
    "lesson.front_matter_not_closed": QT_TRANSLATE_NOOP(
        "package", "front matter is not closed: add a line '{fence}' after the lesson's settings."
    ),
    "lesson.front_matter_invalid_toml": QT_TRANSLATE_NOOP(
        "package", "front matter is not valid TOML: {reason}."
    ),
    "lesson.bad_file_name": QT_TRANSLATE_NOOP(
        "package",
        "a lesson's file name may use only letters, digits, '-' and '_' "
        "(it becomes part of the lesson's address).",
    ),
    "lesson.order_taken": QT_TRANSLATE_NOOP(
        "package",
        "order {order} is already used by {other}; each lesson needs its own order number.",
    ),
    "lesson.too_many_references": QT_TRANSLATE_NOOP(
        "package",
        "the lesson has more than {maximum} images and links; split it into several lessons.",
    ),
    "prerequisite.itself": QT_TRANSLATE_NOOP("package", "a lesson cannot be its own prerequisite."),
    "prerequisite.unknown": QT_TRANSLATE_NOOP(
        "package",
        "prerequisite {name} names no lesson; use a lesson's file name without '.md' "
        "(lessons: {lessons}).",
    ),
    "prerequisite.circle": QT_TRANSLATE_NOOP(
        "package",
        "prerequisites go round in a circle: {circle}; no learner could start any of them.",
    ),
    # ---- a lesson's quiz (lesson_file, quiz)
    "quiz.questions_in_two_places": QT_TRANSLATE_NOOP(
        "package", "quiz questions are set both here and in {path}; keep them in one place."
    ),
    "quiz.mode_in_two_places": QT_TRANSLATE_NOOP(
        "package", "the quiz mode is set both here and in {path}; keep them in one place."
    ),
    "quiz.rule_in_two_places": QT_TRANSLATE_NOOP(
        "package", "'{key}' is set both here and in {path}; keep them in one place."
    ),
    "quiz.rule_for_assessed": QT_TRANSLATE_NOOP(
        "package",
        "'{key}' is for assessed quizzes; a practice quiz can be taken as often as the "
        "learner likes and always shows which answers were right "
        '(set mode = "assessed", or remove it).',
    ),
    "quiz.too_many_attempts": QT_TRANSLATE_NOOP(
        "package", "'attempts' of {where} is {value}; allow at most {maximum}."
    ),
    "quiz.questions_not_tables": QT_TRANSLATE_NOOP(
        "package", "quiz questions must be written as [[questions]] tables."
    ),
    "question.needs_id": QT_TRANSLATE_NOOP(
        "package",
        'give question {number} a stable id, like id = "{example}", '
        "so learners' answers stay attached to it when you edit the quiz.",
    ),
    "question.duplicate_id": QT_TRANSLATE_NOOP(
        "package", "two questions of this lesson have the id {id}."
    ),
    "question.explanation_too_long": Plural.translate(
        "package",
        "the explanation of {where} is %Ln character(s) long; "
        "keep it to at most {maximum} (a few sentences).",
        "",
        COUNTED,
    ),
    "question.partial_not_multiple_choice": QT_TRANSLATE_NOOP(
        "package",
        '{where} is {kind}; scoring = "partial" is only for multiple_choice questions, '
        "where a learner can be partly right.",
    ),
    "question.case_sensitive_not_short": QT_TRANSLATE_NOOP(
        "package", "{where} is {kind}; case_sensitive is only for short_answer questions."
    ),
    "question.needs_options": QT_TRANSLATE_NOOP(
        "package", "{where} needs 'options': a list of at least two answers to choose from."
    ),
    "question.too_many_options": QT_TRANSLATE_NOOP(
        "package", "{where} has more than {maximum} options."
    ),
    "question.mixed_options": QT_TRANSLATE_NOOP(
        "package",
        "the options of {where} must all be texts, or all "
        'tables like {{ id = "paris", text = "Paris" }}.',
    ),
    "question.bad_option_table": QT_TRANSLATE_NOOP(
        "package", "each option of {where} needs exactly a non-empty 'id' and 'text'."
    ),
    "question.duplicate_option": QT_TRANSLATE_NOOP(
        "package", "{where} has two options with the id {id}."
    ),
    "question.accepted_not_short": QT_TRANSLATE_NOOP(
        "package",
        "'accepted' is for short answers; {where} is {kind} and names its answers in 'correct'.",
    ),
    "question.no_correct_option": QT_TRANSLATE_NOOP(
        "package",
        "{where} has no correct answer: add 'correct' with the id of the right option "
        '("a", "b", … for plain option lists).',
    ),
    "question.correct_not_ids": QT_TRANSLATE_NOOP(
        "package", "'correct' of {where} must name option ids."
    ),
    "question.single_choice_many_correct": Plural.translate(
        "package",
        "{where} is single_choice but has %Ln correct answer(s); "
        'keep one or make it kind = "multiple_choice".',
        "",
        COUNTED,
    ),
    "question.correct_not_an_option": QT_TRANSLATE_NOOP(
        "package",
        "'correct' of {where} names {unknown}, which is not an option (options: {options}).",
    ),
    "question.short_answer_lists_accepted": QT_TRANSLATE_NOOP(
        "package",
        "{where} is short_answer: list the right answers in 'accepted' instead of '{key}'.",
    ),
    "question.no_accepted_answer": QT_TRANSLATE_NOOP(
        "package",
        "{where} has no correct answer: add 'accepted', a list of the answers to count as right.",
    ),
    "question.accepted_not_texts": QT_TRANSLATE_NOOP(
        "package", "'accepted' of {where} must be a list of non-empty texts."
    ),
    # ---- images and links a lesson or the course uses (validate)
    "image.outside_package": QT_TRANSLATE_NOOP(
        "package",
        "image {target} points outside the package; use a path relative to the package "
        "folder, like images/picture.png.",
    ),
    "image.not_in_package": QT_TRANSLATE_NOOP("package", "image {target} is not in the package."),
    "image.not_an_image": QT_TRANSLATE_NOOP(
        "package",
        "{target} is not an image Lantern can show (use .png, .jpg, .jpeg, .gif, .webp or .svg).",
    ),
    "image.reference_undefined": QT_TRANSLATE_NOOP(
        "package",
        "image reference [{label}] is not defined: add a line like "
        "'[{label}]: images/picture.png' to the lesson.",
    ),
    "image.bad_scheme": QT_TRANSLATE_NOOP(
        "package",
        "image {target} uses a '{scheme}:' address; an image is a file in the package "
        "(or a web address, http or https).",
    ),
    "thumbnail.outside_package": QT_TRANSLATE_NOOP(
        "package", "thumbnail {target} points outside the package."
    ),
    "thumbnail.not_in_package": QT_TRANSLATE_NOOP(
        "package", "thumbnail {target} is not in the package."
    ),
    "link.would_not_open": QT_TRANSLATE_NOOP("package", "link {target} would not open: {reason}."),
    "math.shown_as_source": QT_TRANSLATE_NOOP(
        "package", "{problem}; learners would see its TeX source instead of the formula."
    ),
    # ---- what a lesson's media blocks name (validate)
    "lesson_media.not_media": QT_TRANSLATE_NOOP(
        "package", "{target} is not a video, sound or PDF file Lantern can show (use {types})."
    ),
    "lesson_media.file_outside": QT_TRANSLATE_NOOP(
        "package",
        "media file {target} is not a file of the package; use a path relative to the "
        "package folder, like media/talk.mp4.",
    ),
    "lesson_media.file_missing": QT_TRANSLATE_NOOP(
        "package", "media file {target} is not in the package."
    ),
    "lesson_media.poster_outside": QT_TRANSLATE_NOOP(
        "package",
        "poster {target} is not a file of the package; use a path relative to the "
        "package folder, like media/talk.mp4.",
    ),
    "lesson_media.poster_missing": QT_TRANSLATE_NOOP(
        "package", "poster {target} is not in the package."
    ),
    "lesson_media.captions_outside": QT_TRANSLATE_NOOP(
        "package",
        "captions {target} is not a file of the package; use a path relative to the "
        "package folder, like media/talk.mp4.",
    ),
    "lesson_media.captions_missing": QT_TRANSLATE_NOOP(
        "package", "captions {target} is not in the package."
    ),
    "lesson_media.poster_not_for_kind": QT_TRANSLATE_NOOP(
        "package", "'poster' is for a video; leave it out here."
    ),
    "lesson_media.captions_not_for_pdf": QT_TRANSLATE_NOOP(
        "package", "'captions' are for a video or a sound; leave them out here."
    ),
    "lesson_media.captions_not_vtt": QT_TRANSLATE_NOOP(
        "package", "captions {target} must be a WebVTT file (.vtt)."
    ),
    "lesson_media.pdf_duration": QT_TRANSLATE_NOOP(
        "package", "a PDF has no 'duration'; leave it out."
    ),
    "lesson_media.wrong_duration": QT_TRANSLATE_NOOP(
        "package",
        "'duration' says {written} but {path} plays for {actual}; correct it, or leave it out "
        "(Lantern reads it from the file).",
    ),
}
