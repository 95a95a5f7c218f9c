"""What the protocol layer raises: a sentence that names the field."""

from __future__ import annotations


class MalformedReply(ValueError):
    """A server reply does not have the shape the protocol promises.

    ``str(exc)`` names the reply and the field (``push reply: results[2].seq is
    not an integer``); nothing has been written when it is raised.
    """


class UnknownOp(ValueError):
    """An op of a kind this version does not know, or lacking a field."""
