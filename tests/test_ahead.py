"""kg.ahead: an iterator run in a background thread, taken in order in the caller's."""

from __future__ import annotations

import sys
import threading
import time

import pytest

from kg.ahead import ahead


def test_items_come_in_order_and_all_of_them():
    assert list(ahead(iter(range(50)), depth=3)) == list(range(50))


def test_the_items_are_made_in_another_thread():
    makers = []

    def made():
        for number in range(3):
            makers.append(threading.get_ident())
            yield number

    assert list(ahead(made())) == [0, 1, 2]
    assert set(makers) and threading.get_ident() not in makers


def test_an_error_in_the_thread_is_raised_in_the_caller_at_its_place():
    def failing():
        yield "first"
        raise ValueError("broken input")

    taken = []
    with pytest.raises(ValueError, match="broken input"):
        for item in ahead(failing()):
            taken.append(item)
    assert taken == ["first"]


def test_a_caller_that_stops_stops_the_thread():
    made = []

    def endless():
        number = 0
        while True:
            made.append(number)
            yield number
            number += 1

    items = ahead(endless(), depth=2)
    assert next(items) == 0
    items.close()
    time.sleep(0.5)  # the thread checks every 0.1 s whether its consumer is gone
    count = len(made)
    time.sleep(0.3)
    assert len(made) == count <= 5


def test_the_switch_interval_is_short_while_working_ahead_and_restored_after():
    before = sys.getswitchinterval()
    seen = [sys.getswitchinterval() for _ in ahead(iter(range(2)))]
    assert seen == pytest.approx([0.0001, 0.0001]) and before > 0.001
    assert sys.getswitchinterval() == before
