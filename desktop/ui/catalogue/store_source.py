"""The catalogue item model's source over the learner's local store."""

from __future__ import annotations

from desktop.store import reads
from desktop.store.db import LearnerStore
from desktop.store.models import AVAILABLE_OFFLINE, DOWNLOADING, Course, CourseDownload
from desktop.store.replica import cached_image_path
from desktop.ui.viewdata import CatalogueQuery, CourseCard, OfflineState


def offline_state(download: CourseDownload | None, course: Course) -> tuple[OfflineState, float]:
    """The store's download row in the catalogue's terms (and progress 0..1)."""
    if download is None:
        return OfflineState.NOT_DOWNLOADED, 0.0
    if download.state == DOWNLOADING:
        total = max(1, download.items_total)
        return OfflineState.DOWNLOADING, min(1.0, download.items_done / total)
    if download.state == AVAILABLE_OFFLINE:
        stale = (
            download.content_updated_at is not None
            and course.updated_at > download.content_updated_at
        )
        return (OfflineState.UPDATE_AVAILABLE if stale else OfflineState.AVAILABLE), 1.0
    return OfflineState.NOT_DOWNLOADED, 0.0


class StoreCatalogue:
    """:class:`CatalogueSource` over ``desktop.store.reads.catalogue.search_courses``."""

    def __init__(self, store: LearnerStore) -> None:
        self.store = store

    def _query(self, query: CatalogueQuery, offset: int, limit: int) -> reads.CatalogueQuery:
        return reads.CatalogueQuery(
            text=query.text,
            category=query.category or None,
            difficulty=query.difficulty or None,
            offset=offset,
            limit=limit,
        )

    def count(self, query: CatalogueQuery) -> int:
        return reads.search_courses(self.store, self._query(query, 0, 1)).total

    def categories(self) -> list[str]:
        return reads.categories(self.store)

    def page(self, query: CatalogueQuery, offset: int, limit: int) -> list[CourseCard]:
        found = reads.search_courses(self.store, self._query(query, offset, limit))
        downloads, enrolled = reads.catalogue_marks(self.store)
        images = {
            c.id: cached_image_path(self.store, c.thumbnail_url)
            for c in found.courses
            if c.thumbnail_url
        }
        return [
            card_for(c, downloads.get(c.id), enrolled.get(c.id), images.get(c.id))
            for c in found.courses
        ]


def card_for(
    course: Course,
    download: CourseDownload | None,
    enrolled: reads.CourseMark | None,
    thumbnail_path: str | None,
) -> CourseCard:
    state, progress = offline_state(download, course)
    return CourseCard(
        id=course.id,
        title=course.title,
        instructor=course.instructor_name or "",
        difficulty=course.difficulty_level,
        duration_hours=course.estimated_duration_hours or 1,
        rating=float(course.average_rating),
        enrollment_count=course.enrollment_count,
        is_premium=course.is_premium,
        category=course.category or "",
        thumbnail_path=thumbnail_path,
        offline_state=state,
        download_progress=progress,
        is_enrolled=enrolled is not None,
        is_completed=enrolled is not None and enrolled.completed,
        completed_at=enrolled.completed_at if enrolled is not None else None,
    )
