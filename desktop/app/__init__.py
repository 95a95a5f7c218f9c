"""The one composition root: :class:`Lantern` builds the app and :func:`run` starts it."""

from desktop.app.root import Lantern, run

__all__ = ["Lantern", "run"]
