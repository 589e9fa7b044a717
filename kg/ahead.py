"""Work ahead: an iterator run in a background thread, its items taken in the caller's.

`kg extract` parses the next batch of documents while it builds the graphs of the one
before. spaCy's parse spends most of its time in compiled code that lets go of Python's
global interpreter lock (the parser's and the NER's transition loops, the matrix
products), so the build, which is pure Python, runs beside it on a second core. Python
hands the lock between threads every 5 ms by default; the parse thread would wait that
long each time it comes back from compiled code, so while the thread runs the interval
is 0.1 ms (measured on the benchmark corpus, 100 news articles: parse then build 25.3 s,
parse beside build 24.3 s with 5 ms and 22.0 s with 0.1 ms, nlp.pipe alone 21.5 s).

glibc gives the thread its own malloc arena, which keeps what the parse freed (its working
arrays) apart from the build's memory: one long text (1 MB) peaked at 516 MB against 440
MB without the thread. So the thread hands free memory back (`malloc_trim`, about 1 ms)
before it passes each item on: 443 MB. (One arena for all threads, `mallopt(M_ARENA_MAX,
1)`, gave 439 MB but cost a second per 100 articles in lock contention.) Where the C
library is not glibc, nothing is trimmed.

The output is the same: items come out in the order the iterator makes them, and an
exception raised in the thread is raised again in the caller's, at that item's place.
"""

from __future__ import annotations

import ctypes
import functools
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")

SWITCH_SECONDS = 0.0001


class _Done:
    """The end of the items."""


_WAIT_SECONDS = 0.1  # how often a blocked producer checks whether the consumer has gone


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def ahead(items: Iterable[Item], depth: int = 1) -> Iterator[Item]:
    """Yield `items` in order, made by a background thread at most `depth` items ahead.

    Stopping early (an exception in the caller, `close()`) stops the thread at its next
    item."""
    made: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    thread = threading.Thread(target=_produce, args=(items, made, stop), daemon=True)
    previous = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_SECONDS)
    thread.start()
    try:
        while not isinstance(item := made.get(), _Done):
            if isinstance(item, _Failure):
                raise item.error
            yield item
    finally:
        stop.set()
        sys.setswitchinterval(previous)


def _produce(items: Iterable, made: queue.Queue, stop: threading.Event) -> None:
    try:
        for item in items:
            _give_back_free_memory()
            if not _put(made, item, stop):
                return
    except BaseException as error:  # handed to the consumer, raised there
        _put(made, _Failure(error), stop)
        return
    _put(made, _Done(), stop)


def _put(made: queue.Queue, item: object, stop: threading.Event) -> bool:
    """Put `item` once there is room; False when the consumer has stopped."""
    while not stop.is_set():
        try:
            made.put(item, timeout=_WAIT_SECONDS)
            return True
        except queue.Full:
            continue
    return False


@functools.cache
def _malloc_trim() -> Callable[[], object] | None:
    try:
        # the symbols already loaded (ctypes.util.find_library would run ldconfig)
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def _give_back_free_memory() -> None:
    if trim := _malloc_trim():
        trim(0)
