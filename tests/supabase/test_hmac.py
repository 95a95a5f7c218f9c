"""private.hmac_sha256 is HMAC-SHA256: RFC 4231's test vectors and Python's hmac agree."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Conn = psycopg.Connection[dict[str, Any]]

# RFC 4231 section 4: (key, data, HMAC-SHA-256), test cases 1, 2, 3, 4, 6 and 7
# (6 and 7 have a 131-byte key: longer than the block, so it is hashed first)
RFC_4231 = [
    (
        b"\x0b" * 20,
        b"Hi There",
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ),
    (
        b"Jefe",
        b"what do ya want for nothing?",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ),
    (
        b"\xaa" * 20,
        b"\xdd" * 50,
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    ),
    (
        bytes(range(1, 26)),
        b"\xcd" * 50,
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    ),
    (
        b"\xaa" * 131,
        b"Test Using Larger Than Block-Size Key - Hash Key First",
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ),
    (
        b"\xaa" * 131,
        b"This is a test using a larger than block-size key and a larger than block-size "
        b"data. The key needs to be hashed before being used by the HMAC algorithm.",
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    ),
]


def _hmac(conn: Conn, key: bytes, message: bytes) -> bytes:
    row = conn.execute("select private.hmac_sha256(%s, %s) as mac", (key, message)).fetchone()
    assert row is not None
    return bytes(row["mac"])


@pytest.mark.parametrize(("key", "data", "expected"), RFC_4231)
def test_the_rfc_4231_vectors(admin_conn: Conn, key: bytes, data: bytes, expected: str) -> None:
    assert _hmac(admin_conn, key, data).hex() == expected


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    key=st.binary(min_size=0, max_size=140),
    message=st.binary(max_size=600) | st.text(max_size=200).map(str.encode),
)
def test_it_agrees_with_pythons_hmac(admin_conn: Conn, key: bytes, message: bytes) -> None:
    expected = hmac.new(key, message, hashlib.sha256).digest()
    assert _hmac(admin_conn, key, message) == expected


def test_learners_cannot_call_it(api_conn: Conn) -> None:
    """A building block of the server's checks, not an oracle for anyone."""
    api_conn.execute("set role authenticated")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        api_conn.execute("select private.hmac_sha256('\\x00'::bytea, '\\x00'::bytea)")
