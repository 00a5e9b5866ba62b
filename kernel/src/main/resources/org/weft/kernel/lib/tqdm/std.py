"""The tqdm class: a progress bar drawn as one display in the cell.

The bar is published with ``display(..., display_id=...)`` once, then redrawn with
``update_display`` at most every ``mininterval`` seconds (and always when it closes), so a fast
loop sends a few messages a second, not one per item. Every bar has its own display id and its
own lock: ``update`` may be called from several threads, and a bar made in a thread shows in
the cell that started the thread (the kernel routes displays by thread).
"""

import sys
import threading
import time
import uuid
from collections import OrderedDict

from tqdm import meter

__all__ = ["tqdm", "trange", "TqdmWarning"]


class TqdmWarning(Warning):
    """base class for all tqdm warnings."""


class _Drawing:
    """What a bar displays: text/plain as tqdm prints it, and an HTML bar."""

    def __init__(self, text, html):
        self.text = text
        self.html = html

    def _repr_pretty_(self, p, cycle):
        p.text(self.text)

    def _repr_html_(self):
        return self.html


class tqdm:
    """Decorate an iterable object, returning an iterator which acts exactly
    like the original iterable, but draws a progress bar that updates as
    values are requested.

    Parameters (as tqdm's): iterable, desc, total, leave, unit, disable,
    position (accepted; each bar is its own display), mininterval (seconds
    between redraws, 0.1), initial, postfix.
    """

    # Every open bar, for tqdm._instances users; changed under _instances_lock.
    _instances = set()
    _instances_lock = threading.RLock()

    def __init__(self, iterable=None, desc=None, total=None, leave=True, file=None, ncols=None,
                 mininterval=0.1, maxinterval=10.0, miniters=None, ascii=None, disable=False,
                 unit="it", unit_scale=False, dynamic_ncols=False, smoothing=0.3,
                 bar_format=None, initial=0, position=None, postfix=None, unit_divisor=1000,
                 write_bytes=None, lock_args=None, nrows=None, colour=None, delay=0, **kwargs):
        if total is None and iterable is not None:
            try:
                total = len(iterable)
            except (TypeError, AttributeError):
                total = None
        if total == float("inf"):
            total = None
        self.iterable = iterable
        self._file = file
        self.desc = desc or ""
        self.total = total
        self.leave = leave
        self.unit = unit
        self.disable = disable
        self.position = position
        self.mininterval = mininterval
        self.n = initial
        self.initial = initial
        self._drawn_n = None
        self.postfix = ""
        self._lock = threading.RLock()
        self._start = time.monotonic()
        self._last_draw = None
        self._handle = None
        self._display_id = uuid.uuid4().hex
        self.closed = False
        if disable:
            return
        if postfix:
            self.set_postfix(postfix, refresh=False) if isinstance(postfix, dict) \
                else self.set_postfix_str(str(postfix), refresh=False)
        with tqdm._instances_lock:
            tqdm._instances.add(self)
        self.refresh()

    # ---- iteration and counting ------------------------------------------------------------------

    def __iter__(self):
        if self.disable:
            yield from self.iterable
            return
        try:
            for item in self.iterable:
                yield item
                self.update(1)
        finally:
            self.close()

    def __len__(self):
        if self.total is not None:
            return self.total
        return len(self.iterable)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()
        return False

    def __del__(self):
        pass

    def update(self, n=1):
        """Manually update the progress bar, useful for streams such as reading files."""
        if self.disable:
            return None
        with self._lock:
            self.n += n
            now = time.monotonic()
            if self._last_draw is None or now - self._last_draw >= self.mininterval:
                self._draw(now)
                return True
        return None

    def refresh(self, nolock=False, lock_args=None):
        """Force refresh the display of this bar."""
        if self.disable:
            return None
        with self._lock:
            self._draw(time.monotonic())
        return True

    def close(self):
        """Cleanup and (if leave=False) close the progressbar."""
        if self.disable or self.closed:
            return
        with self._lock:
            if self.closed:
                return
            self.closed = True
            if self.leave:
                if self._drawn_n != self.n:
                    self._draw(time.monotonic())
            elif self._handle is not None:
                self._handle.update({"text/plain": ""}, raw=True)
        if not _in_kernel() and self._drawn_n is not None:
            (self._file or sys.stderr).write("\n" if self.leave else "\r")
        with tqdm._instances_lock:
            tqdm._instances.discard(self)

    def clear(self, nolock=False):
        """Clear current bar display."""

    def reset(self, total=None):
        """Resets to 0 iterations for repeated use; total, when given, is the new total."""
        with self._lock:
            self.n = 0
            if total is not None:
                self.total = total
            self._start = time.monotonic()
            self.closed = False
        self.refresh()

    # ---- description and postfix -------------------------------------------------------------

    def set_description(self, desc=None, refresh=True):
        """Set/modify description of the progress bar."""
        self.desc = desc or ""
        if refresh:
            self.refresh()

    def set_description_str(self, desc=None, refresh=True):
        self.set_description(desc, refresh)

    def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        """Set/modify postfix (additional stats) with automatic formatting based on datatype."""
        postfix = OrderedDict([] if ordered_dict is None else ordered_dict)
        for key in sorted(kwargs):
            postfix[key] = kwargs[key]
        for key in postfix:
            if isinstance(postfix[key], (int, float)) and not isinstance(postfix[key], bool):
                postfix[key] = meter.format_num(postfix[key])
            elif not isinstance(postfix[key], str):
                postfix[key] = str(postfix[key])
        self.postfix = ", ".join(key + "=" + postfix[key].strip() for key in postfix)
        if refresh:
            self.refresh()

    def set_postfix_str(self, s="", refresh=True):
        """Postfix without dictionary expansion, similar to prefix handling."""
        self.postfix = str(s)
        if refresh:
            self.refresh()

    @property
    def format_dict(self):
        return {"n": self.n, "total": self.total, "elapsed": time.monotonic() - self._start,
                "prefix": self.desc, "unit": self.unit, "postfix": self.postfix}

    def __str__(self):
        return meter.format_meter(self.n, self.total, time.monotonic() - self._start,
                                  self.desc, self.unit, self.postfix, self.initial)

    def __repr__(self):
        return self.__str__()

    # ---- drawing ------------------------------------------------------------------------------

    def _draw(self, now):
        """Publishes the bar (the first time) or updates it; the caller holds self._lock."""
        elapsed = now - self._start
        args = (self.n, self.total, elapsed, self.desc, self.unit, self.postfix, self.initial)
        drawing = _Drawing(meter.format_meter(*args), meter.format_html(*args))
        if not _in_kernel():
            # Outside a kernel (a plain script): tqdm's terminal form, redrawn with \r on stderr.
            (self._file or sys.stderr).write("\r" + drawing.text)
        elif self._handle is None:
            from IPython.display import display
            self._handle = display(drawing, display_id=self._display_id)
        else:
            from IPython.display import update_display
            update_display(drawing, display_id=self._display_id)
        self._last_draw = now
        self._drawn_n = self.n

    # ---- tqdm's class methods -----------------------------------------------------------------

    @classmethod
    def write(cls, s, file=None, end="\n", nolock=False):
        """Print a message via tqdm (without overlap with bars)."""
        import sys
        (file or sys.stdout).write(s + end)

    @classmethod
    def get_lock(cls):
        return cls._instances_lock

    @classmethod
    def set_lock(cls, lock):
        cls._instances_lock = lock

    @classmethod
    def pandas(cls, **kwargs):
        raise NotImplementedError("tqdm.pandas is not available in the Weft kernel")


def _in_kernel():
    try:
        from IPython.core.getipython import get_ipython
        return get_ipython() is not None
    except ImportError:
        return False


def trange(*args, **kwargs):
    """Shortcut for tqdm(range(*args), **kwargs)."""
    return tqdm(range(*args), **kwargs)
