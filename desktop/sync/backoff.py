"""Retry delays: exponential backoff with full jitter, 1 s to 5 min.

"Full jitter" (a uniform draw between 0 and the exponential cap) spreads a
classroom's laptops apart when the school's Wi-Fi comes back, instead of
having thirty clients retry in lock-step (sync-design.md, "Retry").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 1.0
    cap: float = 300.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        """Record a failure and return how long to wait before the next try."""
        ceiling = min(self.cap, self.base * (2**self.failures))
        self.failures += 1
        return max(self.base / 10, self.rng.uniform(0, ceiling))

    def reset(self) -> None:
        self.failures = 0
