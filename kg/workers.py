"""Batches of documents processed by forked worker processes (`kg extract --workers N`).

Results come back in input order, so the output is the same as with one process, and a
worker that dies costs only the document it was processing (see `WorkerPool`).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from kg.errors import InputError, Msg
from kg.ingest.read import Document

Batch = tuple[list[Document], list[InputError]]
Results = list  # DocumentResults and InputErrors, in input order
IN_FLIGHT_PER_WORKER = 2  # batches sent ahead: workers never wait, memory stays bounded


class WorkerPool:
    """Batches of documents handed to `work` in `workers` forked processes (each set up by
    `start(*start_args)`), results in input order. A worker that dies (killed, out of
    memory, a crash in native code) loses the batches in flight, not the run: the pool is
    started again, the other batches go to it, and the first unfinished batch is done one
    document per fresh process, so that the document that kills its process gets an error
    line naming it and no other is lost. (multiprocessing.Pool, used before, waited
    forever for a dead worker's task.)"""

    def __init__(self, workers: int, start: Callable, start_args: tuple, work: Callable) -> None:
        self.workers, self.start, self.start_args, self.work = workers, start, start_args, work
        self.context = multiprocessing.get_context("fork")
        self.executor = self._executor(workers)
        self.in_flight: deque[tuple[Batch, Future | None]] = deque()  # None: not taken

    def _executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, self.context, self.start, self.start_args)

    def results(self, batches: Iterable[Batch]) -> Iterator:
        try:
            for batch in batches:
                self.in_flight.append((batch, self._submit(batch)))
                if len(self.in_flight) >= self.workers * IN_FLIGHT_PER_WORKER:
                    yield from self._next()
            while self.in_flight:
                yield from self._next()
        finally:
            _stop(self.executor)

    def _submit(self, batch: Batch) -> Future | None:
        try:
            return self.executor.submit(self.work, batch)
        except BrokenProcessPool:  # a worker died since the last batch was sent
            return None

    def _next(self) -> Results:
        batch, future = self.in_flight.popleft()
        try:
            if future is not None:
                errors, results = future.result()
                return [*errors, *results]
        except BrokenProcessPool:
            pass
        self._restart()
        return self._one_by_one(batch)

    def _restart(self) -> None:
        _stop(self.executor)
        self.executor = self._executor(self.workers)
        batches = [batch for batch, _future in self.in_flight]
        self.in_flight = deque((batch, self._submit(batch)) for batch in batches)

    def _one_by_one(self, batch: Batch) -> Results:
        documents, errors = batch
        results: Results = list(errors)
        for document in documents:
            alone = self._executor(1)
            try:
                results.extend(alone.submit(self.work, ([document], [])).result()[1])
            except BrokenProcessPool:
                results.append(InputError(Msg.WORKER_DIED.format(path=document.source)))
            finally:
                _stop(alone)
        return results


def _stop(executor: ProcessPoolExecutor) -> None:
    """Stop an executor's processes now, not after their tasks (an interrupted run, a
    broken pool). ProcessPoolExecutor has no public way to kill them before Python 3.14."""
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join()
