"""A generally useful event scheduler class. Weft's own implementation.

Events run in order of time, then priority, then the order they were entered. The scheduler is
safe to share between threads: a lock guards the queue, and no lock is held while an action runs.
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")
Event.time.__doc__ = "Numeric type compatible with the return value of the timefunc function passed to the constructor."
Event.priority.__doc__ = "Events scheduled for the same time will be executed in the order of their priority."
Event.sequence.__doc__ = "A continually increasing sequence number that separates events if time and priority are equal."
Event.action.__doc__ = "Executing the event means executing action(*argument, **kwargs)"
Event.argument.__doc__ = "argument is a sequence holding the positional arguments for the action."
Event.kwargs.__doc__ = "kwargs is a dictionary holding the keyword arguments for the action."

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay functions"""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue at an absolute time. Returns an ID for the event."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """A variant that specifies the time as a relative time."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue; ValueError if it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Execute events until the queue is empty; without blocking, return the delay to the next one."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not q:
                    break
                time, priority, sequence, action, argument, kwargs = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    heapq.heappop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)  # let other threads run

    @property
    def queue(self):
        """An ordered list of upcoming events."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
