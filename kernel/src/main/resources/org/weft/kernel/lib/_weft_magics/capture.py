"""%%capture, as IPython 8's ExecutionMagics.capture (IPython/core/magics/execution.py)."""

import shlex

import _weft_kernel
from IPython.core.error import UsageError
from IPython.core.getipython import get_ipython
from IPython.utils.capture import capture_output


def cell_capture(line, cell):
    """::

      %capture [--no-stderr] [--no-stdout] [--no-display] [output]

    run the cell, capturing stdout, stderr, and IPython's rich display() calls.

    positional arguments:
      output        The name of the variable in which to store output. This is a
                    utils.io.CapturedIO object with stdout/err attributes for the
                    text of the captured output. CapturedOutput also has a show()
                    method for displaying the output, and __call__ as well, so you
                    can use that to quickly display the output. If unspecified,
                    captured output is discarded.

    options:
      --no-stderr   Don't capture stderr.
      --no-stdout   Don't capture stdout.
      --no-display  Don't capture IPython's rich display.

    Only the cell's own thread is captured: threads it starts print into the
    cell as usual.
    """
    flags = {"--no-stderr", "--no-stdout", "--no-display"}
    words = shlex.split(line)
    bad = [w for w in words if w.startswith("-") and w not in flags]
    names = [w for w in words if not w.startswith("-")]
    if bad or len(names) > 1:
        raise UsageError("unrecognized arguments: %s" % " ".join(bad + names[1:]))
    shell = get_ipython()
    capture = capture_output("--no-stdout" not in words, "--no-stderr" not in words,
                             "--no-display" not in words)
    value = None
    filename = "<cell %d>" % shell.execution_count
    with capture as io:
        if names:
            shell.user_ns[names[0]] = io
        try:
            value = _weft_kernel.run_cell(cell, filename)
        except Exception as e:
            # As IPython's run_cell: the error is shown (not captured), from the cell's own
            # frames, and the magic itself succeeds.
            _show_error(shell, e, filename)
            return None
        if value is not None and capture.display:
            # IPython's CapturingDisplayHook: the cell's value is kept as a rich output.
            data, metadata = shell.display_formatter.format(value)
            io._outputs.append({"data": data, "metadata": metadata})
            value = None
    return value


def _show_error(shell, exc, filename):
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != filename:
        tb = tb.tb_next
    if tb is not None:
        exc = exc.with_traceback(tb)
    shell.showtraceback((type(exc), exc, exc.__traceback__))
