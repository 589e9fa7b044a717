"""A time budget for one piece of work, so that no input can stall a run.

`time_budget(seconds)` raises `BudgetExceeded` in the code it guards once the time is up
(a real-time interval timer and SIGALRM: the guarded code is interrupted at its next Python
instruction, wherever it is). It only works in a process's main thread, which is where kg
extracts (one process, or each `--workers` process); elsewhere (a Dask worker thread) it
guards nothing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 60.0  # per document, for each 100,000 characters of its text
CHARACTERS_PER_BUDGET = 100_000


class BudgetExceeded(BaseException):
    """The guarded work ran past its time budget. A BaseException, as KeyboardInterrupt is:
    the `except Exception` of a library the work calls (pySHACL's) must not swallow it."""


def document_budget(seconds: float, characters: int) -> float:
    """A document's budget: `seconds` for each 100,000 characters, and at least `seconds`
    (a long report takes longer than a short story; a loop never ends)."""
    return max(seconds, seconds * characters / CHARACTERS_PER_BUDGET)


def _raise(_signum: int, _frame: object) -> None:
    raise BudgetExceeded


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `BudgetExceeded` in the guarded block after `seconds` (None or 0: no limit)."""
    if not seconds or threading.current_thread() != threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
