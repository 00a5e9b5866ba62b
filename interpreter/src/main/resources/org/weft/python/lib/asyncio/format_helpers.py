"""Reprs of callbacks and coroutines, as asyncio shows them in Future and Task reprs."""

import functools
import reprlib


def format_callback(func, args=(), suffix=''):
    """`name(args) at file:line` for a function, as CPython's format_helpers."""
    if isinstance(func, functools.partial):
        return format_callback(func.func, func.args + tuple(args), suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if name is None:
        name = repr(func)
    text = name + '(' + ', '.join(reprlib.repr(a) for a in args) + ')' + suffix
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    if code is not None and not getattr(func, '_weft_no_source', False):
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def format_callbacks(callbacks):
    """The `cb=[...]` part of a Future repr: at most the first and the last."""
    shown = [format_callback(cb) for cb in callbacks]
    if len(shown) > 2:
        shown = [shown[0], f'<{len(shown) - 2} more>', shown[-1]]
    return 'cb=[' + ', '.join(shown) + ']'


def format_coroutine(coro):
    """`main() running at file:line` or `main() done, defined at file:line`."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        name = type(coro).__name__
    name += '()'
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
