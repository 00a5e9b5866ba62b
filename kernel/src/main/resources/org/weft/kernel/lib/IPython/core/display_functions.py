"""display(), update_display(), clear_output() and DisplayHandle, as in IPython 8.

Any thread may call them: what a thread displays goes to the cell that started it (the kernel
routes by the calling thread), also after that cell has finished.
"""

import _thread

import _weft_kernel

__all__ = ["display", "update_display", "clear_output", "DisplayHandle", "publish_display_data"]


def _new_id():
    import uuid  # only when a display id is made: keeps the kernel's start-up short
    return uuid.uuid4().hex


# Per-thread capture of displays (IPython.utils.capture, %%capture): thread ident -> stack of
# lists that collect what that thread displays instead of publishing it. Each thread changes
# only its own entry; dict operations are atomic, so no lock is needed.
_captures = {}


def _push_capture(ident, outputs):
    _captures.setdefault(ident, []).append(outputs)


def _pop_capture(ident):
    stack = _captures.get(ident)
    if stack:
        stack.pop()
        if not stack:
            del _captures[ident]


def _publish(msg_type, data, metadata, transient):
    """Publishes a display message, or keeps it when the calling thread captures displays."""
    stack = _captures.get(_thread.get_ident())
    if stack:
        stack[-1].append({"data": data, "metadata": metadata, "transient": transient,
                          "update": msg_type == "update_display_data"})
        return
    _weft_kernel.publish(msg_type, {"data": data, "metadata": metadata, "transient": transient})


def publish_display_data(data, metadata=None, source=None, *, transient=None, **kwargs):
    """Publishes a display_data message with this MIME bundle (update_display_data with update=True)."""
    msg_type = "update_display_data" if kwargs.get("update") else "display_data"
    _publish(msg_type, data, metadata or {}, transient or {})


def display(*objs, include=None, exclude=None, metadata=None, transient=None,
            display_id=None, raw=False, clear=False, **kwargs):
    """Shows each object in the cell's output, in its richest representations.

    raw=True: each object already is a MIME bundle. display_id: a name (or True for a new one)
    that update_display can use; a DisplayHandle is returned then.
    """
    from IPython.core.getipython import get_ipython
    shell = get_ipython()
    if transient is None:
        transient = {}
    if metadata is None:
        metadata = {}
    if display_id:
        if display_id is True:
            display_id = _new_id()
        transient["display_id"] = display_id
    if kwargs.get("update") and "display_id" not in transient:
        raise TypeError("display_id required for update_display")
    msg_type = "update_display_data" if kwargs.get("update") else "display_data"
    if not objs and display_id:
        return DisplayHandle(display_id)
    if clear:
        clear_output(wait=True)
    for obj in objs:
        if raw:
            data, md = obj, {}
        else:
            if shell is None:
                print(repr(obj))
                continue
            data, md = shell.display_formatter.format(obj, include=include, exclude=exclude)
            if not data:
                continue
        if metadata:
            md = dict(md)
            md.update(metadata)
        _publish(msg_type, data, md, dict(transient))
    if display_id:
        return DisplayHandle(display_id)
    return None


def update_display(obj, *, display_id, **kwargs):
    """Replaces what the display with this id shows."""
    kwargs["update"] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    """Clears the cell's output; with wait=True, only when new output arrives."""
    stack = _captures.get(_thread.get_ident())
    if stack:
        if not wait:
            stack[-1].clear()
        return
    _weft_kernel.publish("clear_output", {"wait": bool(wait)})


class DisplayHandle:
    """A handle on one display: display(), update() or clear it later, from any thread."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _new_id()
        self.display_id = display_id

    def __repr__(self):
        return "<%s display_id=%s>" % (self.__class__.__name__, self.display_id)

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)
