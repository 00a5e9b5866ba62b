"""The event loop and policy that asyncio uses on Unix, by CPython's names.

asyncio.new_event_loop() and asyncio.run() make a _UnixSelectorEventLoop, as CPython does on
Linux, so `print(loop)` and `type(loop).__name__` match. Child watchers and signal handlers
are left out, as the loop has no selector to wake.
"""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The Unix event loop."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """The policy that makes _UnixSelectorEventLoops."""
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
