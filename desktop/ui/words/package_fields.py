"""Sentences for the typed values of a package's TOML tables (``fields.py``) and the
phrases that name a table ("the lesson", "question 2")."""

from __future__ import annotations

from desktop.ui.words import QT_TRANSLATE_NOOP

FIELD_PROBLEMS: dict[str, str] = {
    # ---- how a problem names the table it is about
    "where.course": QT_TRANSLATE_NOOP("package", "the course"),
    "where.lesson": QT_TRANSLATE_NOOP("package", "the lesson"),
    "where.quiz": QT_TRANSLATE_NOOP("package", "the quiz"),
    "where.media_block": QT_TRANSLATE_NOOP("package", "the media block"),
    "where.achievement": QT_TRANSLATE_NOOP("package", "achievement {number}"),
    "where.question": QT_TRANSLATE_NOOP("package", "question {number}"),
    "where.question_id": QT_TRANSLATE_NOOP("package", "question {id}"),  # id: 'q1', quoted
    # ---- typed values of a TOML table (fields.py)
    "field.unknown_key": QT_TRANSLATE_NOOP(
        "package", "{where} has an unknown setting '{key}' (known: {known})."
    ),
    "field.missing": QT_TRANSLATE_NOOP("package", "{where} is missing '{key}'."),
    "field.not_text": QT_TRANSLATE_NOOP("package", "'{key}' of {where} must be non-empty text."),
    "field.not_whole_number_from": QT_TRANSLATE_NOOP(
        "package", "'{key}' of {where} must be a whole number of at least {minimum}."
    ),
    "field.not_whole_number_between": QT_TRANSLATE_NOOP(
        "package", "'{key}' of {where} must be a whole number from {minimum} to {maximum}."
    ),
    "field.too_large": QT_TRANSLATE_NOOP(
        "package", "'{key}' of {where} is {value}; the most the server can store is {maximum}."
    ),
    "field.not_boolean": QT_TRANSLATE_NOOP("package", "'{key}' of {where} must be true or false."),
    "field.not_text_list": QT_TRANSLATE_NOOP(
        "package", '\'{key}\' of {where} must be a list of texts, like ["one", "two"].'
    ),
    "field.not_a_choice": QT_TRANSLATE_NOOP(
        "package", "'{key}' of {where} is {value}, which is not one of {choices}."
    ),
    "field.not_a_table": QT_TRANSLATE_NOOP("package", "'{key}' of {where} must be a table."),
}
