"""The local offline store: one SQLite database per learner (plus a guest one).

No Qt, no network.  Where things are:

* opening — ``profiles.ProfileDirectory`` (paths, learner registry,
  ``open_learner``/``open_guest`` with corrupt-file recovery),
  ``database.Database`` (pragmas, integrity check, migrations in ``schema``),
  ``store.LearnerStore`` (device id, hybrid clock, ``write()`` transactions);
* local actions, each writing its change and outbox op in one transaction —
  ``learning`` (enroll, open, sections, time, complete), ``quizzes``,
  ``social`` (rating, notification read); op shapes in ``ops``;
* sync engine API — ``outbox.Outbox`` (pending batches, acknowledge, reject),
  ``pull_page.PulledPage.from_wire`` + ``pulled.apply_page``,
  ``resync`` (reset_required, forget a course), ``sync_status``;
* UI reads — ``catalogue``, ``course_view``, ``dashboard``, ``inbox``,
  ``pending_view``;
* catalogue content for the importer and downloader — ``content``.

Errors: ``errors.StoreError`` and its subclasses.  Rules: docs/sync-rules.md.
"""
