"""Runs notebook cells that use top-level await (IPython's autoawait).

The interpreter compiles such a cell into a coroutine function named ``<module>`` and ends the
cell with ``run(<module>)``.  Each thread that runs cells keeps one event loop, so tasks a cell
creates stay on that loop and make progress whenever a later cell awaits (as in IPython's
terminal; ipykernel's loop also runs between cells).
"""

import _thread

_state = _thread._local()


def _loop():
    import asyncio
    loop = getattr(_state, 'loop', None)
    if loop is None or loop.is_closed():
        loop = asyncio.new_event_loop()
        _state.loop = loop
    return loop


def run(cell_function):
    """Run the cell's coroutine to completion; return its value (the cell's last expression)."""
    import asyncio
    cell_function.__globals__.pop(cell_function.__name__, None)
    if asyncio._get_running_loop() is not None:
        raise RuntimeError('cannot run a cell with top-level await while an event loop '
                           'is running in this thread')
    loop = _loop()
    task = loop.create_task(cell_function())
    try:
        loop.run_until_complete(task)
    except BaseException:
        if not task.done():
            # Interrupted while the cell awaited: cancel its coroutine and let it clean up.
            task.cancel()
            try:
                loop.run_until_complete(task)
            except BaseException:
                pass
            raise
    if task.cancelled() or task._exception is None:
        return task.result()
    # The cell's exception with the traceback it had when it left the coroutine, so the
    # report starts at the cell's own line rather than in the event loop.
    task._log_traceback = False
    raise task._exception.with_traceback(task._exception_tb)
