"""Object bytes on disk under ``<data_dir>/storage/<bucket>/<key>``.

Bytes are first written to a staging file beside the store, and moved into
place with an atomic rename only once the object row was written, so a
refused upload (RLS, duplicate) never touches the stored file, and a reader
never sees half a file.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from devserver.storage.paths import object_file

log = logging.getLogger(__name__)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._staging = root / ".staging"

    def stage(self, data: bytes) -> Path:
        self._staging.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self._staging, prefix="upload-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return Path(name)

    def commit(self, staged: Path, bucket: str, key: str) -> None:
        target = object_file(self.root, bucket, key)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, target)

    @staticmethod
    def discard(staged: Path) -> None:
        staged.unlink(missing_ok=True)

    def read(self, bucket: str, key: str) -> bytes | None:
        try:
            return object_file(self.root, bucket, key).read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            return None

    def open(self, bucket: str, key: str) -> BinaryIO | None:
        """The stored file, open for reading: a later upload replaces the
        path with a new file (``os.replace``), so this handle keeps reading
        the version it opened, whole."""
        try:
            return object_file(self.root, bucket, key).open("rb")
        except (FileNotFoundError, IsADirectoryError):
            return None

    def remove(self, bucket: str, key: str) -> None:
        target = object_file(self.root, bucket, key)
        target.unlink(missing_ok=True)
        # Drop folders left empty, never the bucket folder itself.
        bucket_dir = (self.root / bucket).resolve()
        parent = target.parent
        while parent != bucket_dir and parent.is_relative_to(bucket_dir):
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent
