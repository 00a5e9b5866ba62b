"""Telling coroutines and coroutine functions apart."""

import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked by the old decorator)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """True for a coroutine object (or a generator-based coroutine)."""
    return isinstance(obj, (types.CoroutineType, types.GeneratorType,
                            collections.abc.Coroutine))
