"""Hypothesis profiles for the whole suite (loaded by tests/conftest.py).

* ``ci`` (the default, whatever the environment): derandomized, so the same
  code draws the same examples and gives the same verdict on every machine
  and every run; no example database, so no verdict depends on what an
  earlier run found (a counterexample worth keeping is pinned with
  ``@example`` next to its test instead).
* ``deep``: 50 times the examples of every property test, random (a new
  search each run; a failure prints the ``@reproduce_failure`` blob and the
  seed).  ``HYPOTHESIS_PROFILE=deep`` or ``python3 dev.py test --deep``.

A test that needs its own example count says so through :func:`examples`,
never with a bare ``max_examples``, so the profile scales it.  No deadline
in either profile: a timing verdict on a shared machine is a flake.
"""

from __future__ import annotations

import os

from hypothesis import settings

BASE_EXAMPLES = 100  # Hypothesis's own default, the ci profile's
DEEP_FACTOR = 50

settings.register_profile(
    "ci",
    max_examples=BASE_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
)
settings.register_profile(
    "deep",
    max_examples=BASE_EXAMPLES * DEEP_FACTOR,
    derandomize=False,
    database=None,
    deadline=None,
    print_blob=True,
)


def load() -> str:
    """Load the profile named by HYPOTHESIS_PROFILE (default ``ci``); its name."""
    name = os.environ.get("HYPOTHESIS_PROFILE") or "ci"
    settings.load_profile(name)  # an unknown name fails here, loudly
    return name


def examples(n: int) -> int:
    """``n`` examples under the ci profile, scaled like the loaded profile's
    own count (``50 * n`` under deep)."""
    loaded = settings.default
    assert loaded is not None  # load() registered and chose a profile at start-up
    return max(1, n * loaded.max_examples // BASE_EXAMPLES)
