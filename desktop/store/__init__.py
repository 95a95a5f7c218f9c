"""The local offline store: one SQLite database per learner (plus a guest one).

No Qt, no network.  Four jobs, each a sub-package whose ``__init__`` is the
front door the other layers import (an import contract in pyproject.toml
keeps them from reaching past it):

* ``db`` — opening a learner's database: ``ProfileDirectory``,
  ``LearnerStore``, schema migrations, the shared-laptop lock;
* ``actions`` — local learner actions, each writing its change and its
  outbox op in one transaction;
* ``replica`` — the local replica of the server's rows and the outbox:
  pull pages applied, replay, resync, downloads and imported content (the op
  kinds and the wire shapes are in ``desktop.protocol``);
* ``reads`` — what the screens read.

Shared by all four: ``models`` (the tables), ``columns`` (column types) and
``errors`` (``StoreError`` and its subclasses).  They sit here rather than in
``db`` because ``db`` imports the replica (every write queues an outbox op)
and the replica needs the tables.  Rules: docs/sync-rules.md.
"""
