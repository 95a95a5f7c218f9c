"""The local replica of the server's rows, and the outbox of ops not yet pushed.

``outbox.Outbox`` (pending batches, acknowledge,
reject, requeue), ``replay`` (apply an op to the mirror rows, rebuild them
after a pull), ``pull_page`` + ``pulled.apply_page`` (check and apply one
``sync_pull`` page), ``upsert`` (bulk writes of server-shaped rows),
``resync`` (``reset_required``, forgetting a course), ``sync_status`` (scopes
and the status the engine and ``lantern status`` report), ``content`` and
``importer`` (catalogue content from the downloader and from course packages),
``downloads`` (download for offline), ``storage`` (what downloads take on
disk, removing one), ``leaderboard`` (the server's board and the learner's
own visibility), ``saved_work`` (work saved to a file and delivered by
another Lantern), ``teaching`` (a taught course's class, from its
teaching scope), ``quiz_grading`` (grading on this
device from the downloaded key).
"""

from desktop.store.replica.content import (
    cached_file_is_current,
    cached_image,
    cached_image_path,
    mark_available_offline,
    playable_file,
    record_cached_image,
    record_download_progress,
)
from desktop.store.replica.downloads import (
    Readiness,
    cancel_download,
    cancel_files,
    chosen_file_lessons,
    finish_downloads,
    pause_files,
    readiness,
    request_all_downloads,
    start_download,
)
from desktop.store.replica.importer import (
    BUCKET,
    default_files_dir,
    image_key,
    import_package,
    import_sample_course,
)
from desktop.store.replica.leaderboard import (
    record_leaderboard_visibility,
    replace_leaderboard,
    shown_on_leaderboard,
)
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.pulled import (
    CONTENT_TABLE_NAMES,
    LEARNER_TABLE_NAMES,
    apply_page,
    cursor_of,
)
from desktop.store.replica.resync import reset_scope
from desktop.store.replica.saved_work import (
    NotReadyToSave,
    Settled,
    chunks_to_settle,
    forget_key_registration,
    key_to_register,
    read_saved_work,
    record_delivered,
    record_key_registered,
    save_work,
    write_saved_work,
)
from desktop.store.replica.storage import (
    RESERVE,
    CourseStorage,
    DownloadSize,
    DownloadSpace,
    StorageReport,
    download_size,
    download_space,
    remove_download,
    storage_report,
)
from desktop.store.replica.sync_status import (
    LEARNER,
    StoreStatus,
    course_scope,
    record_sync_result,
    scopes_to_pull,
    store_status,
)
from desktop.store.replica.teaching import (
    CLASS_TABLE_NAMES,
    course_of,
    forget_class,
    is_teaching,
    teaching_scope,
)
from desktop.store.replica.upsert import InvalidRow

__all__ = [
    "BUCKET",
    "CLASS_TABLE_NAMES",
    "CONTENT_TABLE_NAMES",
    "LEARNER",
    "LEARNER_TABLE_NAMES",
    "RESERVE",
    "CourseStorage",
    "DownloadSize",
    "DownloadSpace",
    "InvalidRow",
    "NotReadyToSave",
    "Outbox",
    "Readiness",
    "Settled",
    "StorageReport",
    "StoreStatus",
    "apply_page",
    "cached_file_is_current",
    "cached_image",
    "cached_image_path",
    "cancel_download",
    "cancel_files",
    "chosen_file_lessons",
    "chunks_to_settle",
    "course_of",
    "course_scope",
    "cursor_of",
    "default_files_dir",
    "download_size",
    "download_space",
    "finish_downloads",
    "forget_class",
    "forget_key_registration",
    "image_key",
    "import_package",
    "import_sample_course",
    "is_teaching",
    "key_to_register",
    "mark_available_offline",
    "pause_files",
    "playable_file",
    "read_saved_work",
    "readiness",
    "record_cached_image",
    "record_delivered",
    "record_download_progress",
    "record_key_registered",
    "record_leaderboard_visibility",
    "record_sync_result",
    "remove_download",
    "replace_leaderboard",
    "request_all_downloads",
    "reset_scope",
    "save_work",
    "scopes_to_pull",
    "shown_on_leaderboard",
    "start_download",
    "storage_report",
    "store_status",
    "teaching_scope",
    "write_saved_work",
]
