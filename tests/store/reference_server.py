"""A reference model of the server's sync rules, for two-device store tests.

NOT the server: it is the executable statement of docs/sync-rules.md; the
same scenarios also run against the real ``sync_push``/``sync_pull`` SQL
(``tests/store/two_device_worlds.py``), so the two must agree.  It keeps
per-device last_seq, refuses gaps, skips duplicates, rejects what the server
rejects (a rating without an active enrollment) and answers a replayed
rejected op "rejected" again, and merges with ``desktop/rules/merge.py``
exactly as the docs say the server must.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.protocol import PendingOp, PulledPage
from desktop.rules import merge
from desktop.rules.grading import GradableQuestion, grade
from desktop.store.columns import parse_time, to_text

T = "2026-11-20T09:00:00.000000Z"


@dataclass
class ReferenceServer:
    user_id: str
    questions: list[GradableQuestion]
    last_seq: dict[str, int] = field(default_factory=dict)
    ledger: dict[str, tuple[str, int]] = field(default_factory=dict)  # op_id -> lesson, s
    progress: dict[str, dict[str, Any]] = field(default_factory=dict)
    enrollments: dict[str, dict[str, Any]] = field(default_factory=dict)
    ratings: dict[str, dict[str, Any]] = field(default_factory=dict)
    attempts: dict[str, dict[str, Any]] = field(default_factory=dict)
    rejections: dict[tuple[str, int], str] = field(default_factory=dict)  # (device, seq)

    def push(self, device_id: str, ops: list[PendingOp]) -> dict[str, Any]:
        """``sync_push``'s answer: ``{"last_seq", "results": [{"seq", "status", ...}]}``."""
        last = self.last_seq.get(device_id, 0)
        results: list[dict[str, Any]] = []
        for op in ops:
            if op.seq <= last:  # handled before: its first answer again
                reason = self.rejections.get((device_id, op.seq))
                results.append(
                    {"seq": op.seq, "status": "duplicate"}
                    if reason is None
                    else {"seq": op.seq, "status": "rejected", "reason": reason}
                )
                continue
            if op.seq != last + 1:
                raise AssertionError(f"gap: expected seq {last + 1}, got {op.seq}")
            reason = self._apply(op)
            if reason is None:
                results.append({"seq": op.seq, "status": "applied"})
            else:
                self.rejections[(device_id, op.seq)] = reason
                results.append({"seq": op.seq, "status": "rejected", "reason": reason})
            last = op.seq
        self.last_seq[device_id] = last
        return {"last_seq": last, "results": results}

    def _apply(self, op: PendingOp) -> str | None:
        """Apply ``op``; the reason it is rejected, or None."""
        apply = {
            "progress.time": self._progress_time,
            "progress.complete": self._progress_complete,
            "progress.section": self._progress_section,
            "progress.open": self._progress_open,
            "enrollment.set": self._enrollment_set,
            "rating.set": self._rating_set,
            "quiz.submit": self._quiz_submit,
        }.get(op.kind)
        return apply(op, op.payload) if apply is not None else None

    def _progress_time(self, op: PendingOp, p: dict[str, Any]) -> str | None:
        self.ledger.setdefault(op.op_id, (p["lesson_id"], p["seconds"]))
        self._progress(p)
        return None

    def _progress_complete(self, op: PendingOp, p: dict[str, Any]) -> str | None:
        row = self._progress(p)
        row["completion_percentage"] = 100
        row["completed_at"] = _earliest(row["completed_at"], p["completed_at"])
        return None

    def _progress_section(self, op: PendingOp, p: dict[str, Any]) -> str | None:
        row = self._progress(p)
        stamped = {k: {**v, "hlc": op.hlc} for k, v in p["sections"].items()}
        row["section_progress"] = merge.merge_sections(row["section_progress"], stamped)
        if p["lesson_percent"] is not None:
            row["completion_percentage"] = max(row["completion_percentage"], p["lesson_percent"])
        return None

    def _progress_open(self, op: PendingOp, p: dict[str, Any]) -> str | None:
        row = self._progress(p)
        row["last_accessed"] = max(row["last_accessed"], _iso(p["accessed_at"]))
        return None

    def _enrollment_set(self, op: PendingOp, p: dict[str, Any]) -> str | None:
        row = self.enrollments.setdefault(
            p["course_id"],
            {
                "id": f"enr-{p['course_id']}",
                "user_id": self.user_id,
                "course_id": p["course_id"],
                "enrolled_at": _iso(p["changed_at"]),
                "progress_percentage": 0,
                "status": p["status"],
                "hlc": op.hlc,
            },
        )
        if op.hlc > row["hlc"]:
            row["status"], row["hlc"] = p["status"], op.hlc
        return None

    def _rating_set(self, op: PendingOp, p: dict[str, Any]) -> str | None:
        enrollment = self.enrollments.get(p["course_id"])
        if enrollment is None or enrollment["status"] != "active":
            return f"only learners enrolled in course {p['course_id']} may rate it"
        row = self.ratings.setdefault(
            p["course_id"],
            {
                "id": f"rat-{p['course_id']}",
                "user_id": self.user_id,
                "course_id": p["course_id"],
                "rating": p["rating"],
                "review": p["review"],
                "created_at": T,
                "updated_at": T,
                "hlc": op.hlc,
            },
        )
        if op.hlc > row["hlc"]:
            row["rating"], row["review"], row["hlc"] = p["rating"], p["review"], op.hlc
        return None

    def _quiz_submit(self, op: PendingOp, p: dict[str, Any]) -> str | None:
        if not (p["attempt_id"] not in self.attempts):
            return None
        result = grade(p["answers"], self.questions)
        self.attempts[p["attempt_id"]] = {
            "id": p["attempt_id"],
            "user_id": self.user_id,
            "lesson_id": p["lesson_id"],
            "score": result.score,
            "max_score": result.max_score,
            "is_passed": result.passed,
            "answers": p["answers"],
            "time_taken_seconds": p["time_taken_seconds"],
            "completed_at": _iso(p["completed_at"]),
        }
        return None

    def _progress(self, p: dict[str, Any]) -> dict[str, Any]:
        return self.progress.setdefault(
            p["lesson_id"],
            {
                "id": f"prog-{p['lesson_id']}",
                "user_id": self.user_id,
                "lesson_id": p["lesson_id"],
                "course_id": p["course_id"],
                "completion_percentage": 0,
                "completed_at": None,
                "last_accessed": T,
                "section_progress": {},
                "created_at": T,
                "updated_at": T,
            },
        )

    def page(self) -> PulledPage:
        progress = []
        for lesson_id, row in self.progress.items():
            total = sum(s for lid, s in self.ledger.values() if lid == lesson_id)
            progress.append({**row, "time_spent_seconds": total})
        return PulledPage(
            "learner",
            {
                "lesson_progress": progress,
                "enrollments": list(self.enrollments.values()),
                "course_ratings": list(self.ratings.values()),
                "quiz_attempts": list(self.attempts.values()),
            },
            cursor=str(sum(self.last_seq.values())),
        )


def _iso(value: str) -> str:
    return to_text(parse_time(value))


def _earliest(a: str | None, b: str) -> str:
    return _iso(b) if a is None else min(_iso(a), _iso(b))
