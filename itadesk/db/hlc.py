"""A hybrid logical clock for ``updated_at``.

Wall-clock time alone cannot order edits made on two office PCs whose clocks disagree, and
a PC whose clock jumps back would stamp new edits as older than the old ones. A hybrid
logical clock keeps the physical time when it moves forward and a counter when it does not,
so stamps from one device always increase and stamps that travel on a USB stick can be
merged (``observe``) without going backwards. Stamps are fixed-width strings, so SQL and
Python compare them with plain string order.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def format_stamp(physical_ms: int, counter: int) -> str:
    return f"{physical_ms:015d}.{counter:06d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    physical, _, counter = stamp.partition(".")
    return int(physical), int(counter or 0)


class HybridLogicalClock:
    def __init__(self, last: str | None = None, now_ms: Callable[[], int] = _wall_ms) -> None:
        self._physical, self._counter = parse_stamp(last) if last else (0, 0)
        self._now_ms = now_ms

    @property
    def last(self) -> str:
        return format_stamp(self._physical, self._counter)

    def tick(self) -> str:
        """A new stamp, greater than every stamp this clock has issued or observed."""
        now = self._now_ms()
        if now > self._physical:
            self._physical, self._counter = now, 0
        else:
            self._counter += 1
        return self.last

    def observe(self, remote: str) -> None:
        """Move past a stamp seen in another copy, so later local edits sort after it."""
        physical, counter = parse_stamp(remote)
        if (physical, counter) > (self._physical, self._counter):
            self._physical, self._counter = physical, counter
