"""%debug and %pdb: pdb in the kernel, as IPython's magics of those names.

The debugger is the standard library's pdb (Weft's own, on sys.settrace) with IPython's prompt,
``ipdb> ``; it reads its commands through input(), which the kernel turns into input requests,
so a front end must allow stdin (Notebook, JupyterLab and ``jupyter console`` do)."""

import sys


def _debugger_class():
    import pdb

    class KernelPdb(pdb.Pdb):
        """pdb as IPython's debugger shows itself: the ``ipdb>`` prompt."""

        def __init__(self, *args, **kwargs):
            kwargs.setdefault("nosigint", True)  # the kernel's interrupt request stops the cell instead
            super().__init__(*args, **kwargs)
            self.prompt = "ipdb> "

    return KernelPdb


def post_mortem(tb):
    """Debugs the frames of traceback ``tb``, stopping in the innermost one."""
    debugger = _debugger_class()()
    debugger.reset()
    debugger.interaction(None, tb)


def last_traceback_debugger():
    """What ``%debug`` without arguments and ``%pdb on`` run: post mortem of the last error."""
    tb = getattr(sys, "last_traceback", None)
    if tb is None:
        print("ERROR:root:No traceback has been produced, nothing to debug.", file=sys.stderr)
        return
    post_mortem(tb)


def line_debug(line):
    """Activate the interactive debugger.

    This magic command support two ways of activating debugger.
    One is to activate debugger before executing code.  This way, you
    can set a break point, to step through the code from the point.
    You can use this mode by giving statements to execute and optionally
    a breakpoint.

    The other one is to activate debugger in post-mortem mode.  You can
    activate this mode simply running %debug without any argument.
    If an exception has just occurred, this lets you inspect its stack
    frames interactively.  Note that this will always work only on the last
    traceback that occurred, so you must call this quickly after an
    exception that you wish to inspect has fired, because if another one
    occurs, it clobbers the previous one.
    """
    if not line.strip():
        last_traceback_debugger()
        return
    _run_under_debugger(line)


def cell_debug(line, cell):
    """The cell form of %debug: runs the cell's code (after the line's, if any) under the debugger."""
    _run_under_debugger((line + "\n" + cell) if line.strip() else cell)


def _run_under_debugger(code):
    from IPython import get_ipython
    shell = get_ipython()
    print("NOTE: Enter 'c' at the ipdb>  prompt to continue execution.")
    debugger = _debugger_class()()
    debugger.run(code, shell.user_ns if shell is not None else {})


def line_pdb(line):
    """Control the automatic calling of the pdb interactive debugger.

    Call as '%pdb on', '%pdb 1', '%pdb off' or '%pdb 0'. If called without
    argument it works as a toggle.

    When an exception is triggered, IPython can optionally call the
    interactive pdb debugger after the traceback printout. %pdb toggles
    this feature on and off.
    """
    from IPython import get_ipython
    shell = get_ipython()
    arg = line.strip().lower()
    if arg in ("on", "1", "true"):
        new = True
    elif arg in ("off", "0", "false"):
        new = False
    elif not arg:
        new = not shell.call_pdb
    else:
        print("Incorrect argument. Use on/1, off/0, or nothing for a toggle.")
        return
    shell.call_pdb = new
    print("Automatic pdb calling has been turned", "ON" if new else "OFF")
