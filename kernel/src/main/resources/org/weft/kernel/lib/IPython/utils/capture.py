"""IO capturing utilities, as IPython 8's IPython.utils.capture: ``capture_output`` and the
``CapturedIO`` object that ``%%capture var`` stores.

Capturing is per thread, as output routing is in Weft: while a thread captures, ``sys.stdout``
and ``sys.stderr`` are stand-ins (``_Router``) that send that thread's writes to its buffer and
every other thread's to the stream they replaced, and ``display()`` calls of that thread are
kept instead of published. Threads the capturing code starts print into the cell as usual.
"""

import io
import sys
import threading

from IPython.core import display_functions as _display

__all__ = ["RichOutput", "CapturedIO", "capture_output"]

# The routers installed as sys.stdout/sys.stderr, by stream name. Shared by every thread that
# captures, so it is guarded by _lock; a router is removed when its last capture ends.
_lock = threading.Lock()
_routers = {}


class RichOutput:
    """One captured display: a MIME bundle and its metadata; ``display()`` shows it again."""

    def __init__(self, data=None, metadata=None, transient=None, update=False):
        self.data = data or {}
        self.metadata = metadata or {}
        self.transient = transient or {}
        self.update = update

    def display(self):
        from IPython.display import publish_display_data
        publish_display_data(data=self.data, metadata=self.metadata, transient=self.transient,
                             update=self.update)

    def _repr_mime_(self, mime):
        if mime not in self.data:
            return None
        data = self.data[mime]
        if mime in self.metadata:
            return data, self.metadata[mime]
        return data

    def _repr_mimebundle_(self, include=None, exclude=None):
        return self.data, self.metadata

    def _repr_html_(self):
        return self._repr_mime_("text/html")

    def _repr_latex_(self):
        return self._repr_mime_("text/latex")

    def _repr_json_(self):
        return self._repr_mime_("application/json")

    def _repr_javascript_(self):
        return self._repr_mime_("application/javascript")

    def _repr_png_(self):
        return self._repr_mime_("image/png")

    def _repr_jpeg_(self):
        return self._repr_mime_("image/jpeg")

    def _repr_svg_(self):
        return self._repr_mime_("image/svg+xml")


class CapturedIO:
    """Simple object for containing captured stdout/err and rich display StringIO objects.

    Each instance `c` has three attributes:

    - ``c.stdout`` : standard output as a string
    - ``c.stderr`` : standard error as a string
    - ``c.outputs``: a list of rich display outputs

    Additionally, there's a ``c.show()`` method which will print all of the
    above in the same order, and can be invoked simply via ``c()``.
    """

    def __init__(self, stdout, stderr, outputs=None):
        self._stdout = stdout
        self._stderr = stderr
        self._outputs = [] if outputs is None else outputs

    def __str__(self):
        return self.stdout

    @property
    def stdout(self):
        """Captured standard output"""
        return self._stdout.getvalue() if self._stdout else ""

    @property
    def stderr(self):
        """Captured standard error"""
        return self._stderr.getvalue() if self._stderr else ""

    @property
    def outputs(self):
        """A list of the captured rich display outputs, if any.

        If you have a CapturedIO object ``c``, these can be displayed in IPython
        using::

            from IPython.display import display
            for o in c.outputs:
                display(o)
        """
        return [RichOutput(**kwargs) for kwargs in self._outputs]

    def show(self):
        """write my output to sys.stdout/err as appropriate"""
        sys.stdout.write(self.stdout)
        sys.stderr.write(self.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        for kwargs in self._outputs:
            RichOutput(**kwargs).display()

    __call__ = show


class capture_output:
    """context manager for capturing stdout/err"""

    def __init__(self, stdout=True, stderr=True, display=True):
        self.stdout = stdout
        self.stderr = stderr
        self.display = display

    def __enter__(self):
        self._ident = threading.get_ident()
        out = io.StringIO() if self.stdout else None
        err = io.StringIO() if self.stderr else None
        outputs = [] if self.display else None
        if out is not None:
            _push("stdout", self._ident, out)
        if err is not None:
            _push("stderr", self._ident, err)
        if outputs is not None:
            _display._push_capture(self._ident, outputs)
        self._buffers = (out, err, outputs)
        return CapturedIO(out, err, outputs)

    def __exit__(self, exc_type, exc_value, traceback):
        out, err, outputs = self._buffers
        if outputs is not None:
            _display._pop_capture(self._ident)
        if err is not None:
            _pop("stderr", self._ident)
        if out is not None:
            _pop("stdout", self._ident)
        return False


def _push(name, ident, buffer):
    with _lock:
        router = _routers.get(name)
        if router is None or getattr(sys, name) is not router:
            router = _Router(getattr(sys, name))
            _routers[name] = router
            setattr(sys, name, router)
        router._targets.setdefault(ident, []).append(buffer)


def _pop(name, ident):
    with _lock:
        router = _routers.get(name)
        if router is None:
            return
        stack = router._targets.get(ident)
        if stack:
            stack.pop()
            if not stack:
                del router._targets[ident]
        if not router._targets:
            del _routers[name]
            if getattr(sys, name) is router:
                setattr(sys, name, router._original)


class _Router:
    """sys.stdout or sys.stderr while a thread captures: each capturing thread's writes go to
    its innermost buffer, every other thread's to the stream this one replaced."""

    def __init__(self, original):
        self._original = original
        self._targets = {}  # thread ident -> stack of buffers; changed under _lock only

    def _target(self):
        stack = self._targets.get(threading.get_ident())
        return stack[-1] if stack else self._original

    def write(self, text):
        return self._target().write(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        return self._target().flush()

    def __getattr__(self, name):
        return getattr(self._target(), name)
