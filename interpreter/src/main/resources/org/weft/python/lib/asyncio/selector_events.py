"""The selector event loop's base class, by CPython's name.

Weft's loop waits on a condition variable rather than a selector (there are no sockets), but
the class keeps CPython's name and place in the hierarchy, so that reprs, type names and
isinstance checks read as they do under CPython.
"""

__all__ = ('BaseSelectorEventLoop',)

from . import base_events


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """The base of SelectorEventLoop."""
