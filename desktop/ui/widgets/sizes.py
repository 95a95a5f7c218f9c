"""Sizes of files as the learner's locale writes them ("1.5 MB", "1,5 MB")."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def data_size(size: int, locale: QLocale | None = None) -> str:
    """``size`` bytes in SI units (kB, MB, GB: what file managers show), one decimal."""
    chosen = locale if locale is not None else QLocale()
    return chosen.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
