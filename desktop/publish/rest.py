"""The REST calls a publish makes, through the supabase SDK, with the
``before_write`` hook in front of every write (progress for the CLI, an
interruption point for tests).  Each write is named by a phrase, a code such
as ``"step.upload"`` with its data, which ``desktop/ui/words/publish.py``
words (the CLI shows it as progress)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from postgrest.exceptions import APIError
from supabase import Client

from desktop.course_package.problems import Phrase
from desktop.sync.errors import InvalidReply

StepHook = Callable[[Phrase], None]

# PostgREST error codes are SQLSTATEs for database errors.
DENIED = "42501"  # insufficient_privilege, and RLS refusing a row
TAKEN = "23505"  # unique_violation
IN_CHUNK = 100  # ids per in.(…) filter: about 3.7 kB of URL
PAGE = 1000  # PostgREST's default db-max-rows
INSERT_CHUNK = 200  # rows per insert request: lesson bodies can be long


def sqlstate(exc: BaseException) -> str | None:
    return str(exc.code) if isinstance(exc, APIError) and exc.code else None


class RestCalls:
    def __init__(self, client: Client, before_write: StepHook | None = None) -> None:
        self.client = client
        self._before_write = before_write or (lambda step: None)

    def select(
        self, table: str, columns: str, *, order: str = "id", **equal: str
    ) -> list[dict[str, Any]]:
        def query() -> Any:
            built = self.client.table(table).select(columns)
            for column, value in equal.items():
                built = built.eq(column, value)
            return built

        return self._paged(query, order)

    def select_in(
        self, table: str, columns: str, column: str, values: Sequence[str], *, order: str = "id"
    ) -> list[dict[str, Any]]:
        """Rows whose ``column`` is one of ``values``.  Ids go in chunks (a URL
        must stay short behind Supabase's gateway) and each chunk is read in
        pages (PostgREST caps a response at db-max-rows, 1000 by default)."""
        found: list[dict[str, Any]] = []
        for start in range(0, len(values), IN_CHUNK):
            chunk = list(values[start : start + IN_CHUNK])

            def query(chunk: list[str] = chunk) -> Any:
                return self.client.table(table).select(columns).in_(column, chunk)

            found += self._paged(query, order)
        return found

    def _paged(self, query: Callable[[], Any], order: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        while True:
            built = query()
            for column in order.split(","):
                built = built.order(column.strip())
            page = _rows(built.range(len(found), len(found) + PAGE - 1).execute().data)
            found += page
            if len(page) < PAGE:
                return found

    def insert(self, table: str, rows: list[dict[str, Any]], step: Phrase) -> list[dict[str, Any]]:
        """``rows`` in as few requests as a sensible body size allows."""
        saved: list[dict[str, Any]] = []
        for start in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[start : start + INSERT_CHUNK]
            self._before_write(step)
            done = _rows(self.client.table(table).insert(chunk).execute().data)
            if len(done) != len(chunk):
                # for logs: a person reads the reason (not_understood), worded
                raise InvalidReply(
                    f"The server saved {len(done)} of {len(chunk)} rows."  # untranslated: a log
                )
            saved += done
        return saved

    def update(
        self, table: str, values: dict[str, Any], step: Phrase, **equal: str
    ) -> list[dict[str, Any]]:
        self._before_write(step)
        query = self.client.table(table).update(values)
        for column, value in equal.items():
            query = query.eq(column, value)
        return _rows(query.execute().data)

    def delete(self, table: str, step: Phrase, **equal: str) -> None:
        self._before_write(step)
        query = self.client.table(table).delete()
        for column, value in equal.items():
            query = query.eq(column, value)
        query.execute()

    def step(self, what: Phrase) -> None:
        """Announce a write made outside the REST API (storage)."""
        self._before_write(what)


def _rows(data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        # for logs: a person reads the reason (not_understood), worded
        raise InvalidReply("The server sent rows Lantern did not understand.")  # untranslated: log
    return data
