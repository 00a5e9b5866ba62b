"""%%script and its shortcuts (%%bash, %%sh, %%python3, %%perl, %%ruby, ...): the cell run by
another program, its output streamed into the cell, as IPython 8 does
(IPython/core/magics/script.py). %%python3 runs CPython, handy beside Weft."""

import shlex
import signal
import subprocess
import sys
import threading

from IPython.core.error import UsageError
from IPython.core.getipython import get_ipython

# The programs with a %%name shortcut, as IPython's ScriptMagics.script_magics default.
PROGRAMS = ["sh", "bash", "perl", "ruby", "python", "python2", "python3", "pypy"]

def _parse(line):
    words = shlex.split(line)
    opts = {"out": None, "err": None, "bg": False, "proc": None, "raise_error": True}
    rest = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("--out", "--err", "--proc"):
            if i + 1 >= len(words):
                raise UsageError("argument %s: expected one argument" % w)
            opts[w[2:]] = words[i + 1]
            i += 2
            continue
        if w == "--bg":
            opts["bg"] = True
        elif w == "--no-raise-error":
            opts["raise_error"] = False
        else:
            rest.append(w)
        i += 1
    return opts, rest


def _pump(stream, sink, collected):
    for raw in iter(stream.readline, b""):
        text = raw.decode("utf8", "replace")
        if collected is not None:
            collected.append(text)
        else:
            sink.write(text)
            sink.flush()
    stream.close()


def _run(cmd, line, cell):
    opts, extra = _parse(line)
    cmd = cmd + extra
    if not cmd:
        raise UsageError("%%script needs the program to run, as in %%script bash")
    try:
        p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except FileNotFoundError:
        print("Couldn't find program: %r" % cmd[0])
        return
    if not cell.endswith("\n"):
        cell += "\n"
    data = cell.encode("utf8", "replace")
    shell = get_ipython()
    if opts["bg"]:
        if opts["out"]:
            shell.user_ns[opts["out"]] = p.stdout
        if opts["err"]:
            shell.user_ns[opts["err"]] = p.stderr
        if opts["proc"]:
            shell.user_ns[opts["proc"]] = p

        def feed():
            p.stdin.write(data)
            p.stdin.close()
            if not opts["out"]:
                _pump(p.stdout, sys.stdout, None)
            if not opts["err"]:
                _pump(p.stderr, sys.stderr, None)
            p.wait()
        threading.Thread(target=feed, daemon=True).start()
        return
    out = [] if opts["out"] else None
    err = [] if opts["err"] else None
    readers = [threading.Thread(target=_pump, args=(p.stdout, sys.stdout, out), daemon=True),
               threading.Thread(target=_pump, args=(p.stderr, sys.stderr, err), daemon=True)]
    for r in readers:
        r.start()
    try:
        try:
            p.stdin.write(data)
            p.stdin.close()
        except BrokenPipeError:
            pass
        p.wait()
        for r in readers:
            r.join()
    except KeyboardInterrupt:
        _stop(p)
        return
    if out is not None:
        shell.user_ns[opts["out"]] = "".join(out)
    if err is not None:
        shell.user_ns[opts["err"]] = "".join(err)
    if opts["raise_error"] and p.returncode != 0:
        raise subprocess.CalledProcessError(p.returncode or -9, data)


def _stop(p):
    """An interrupted script: SIGINT, then terminate, then kill, saying which ended it."""
    for how, message in ((lambda: p.send_signal(signal.SIGINT), "Process is interrupted."),
                         (p.terminate, "Process is terminated."),
                         (p.kill, "Process is killed.")):
        try:
            how()
            p.wait(0.1)
            print(message)
            return
        except subprocess.TimeoutExpired:
            continue
        except OSError:
            return


def cell_script(line, cell):
    """Run a cell via a shell command

    The `%%script` line is like the #! line of script,
    specifying a program (bash, perl, ruby, etc.) with which to run.

    The rest of the cell is run by that program.

    Options: --out VAR and --err VAR keep the output in a variable instead of showing it;
    --bg runs the script in the background (--proc VAR keeps its Popen); --no-raise-error
    does not raise CalledProcessError when the script exits with a non-zero status.
    """
    _run([], line, cell)


def _shortcut(program):
    def magic(line, cell):
        _run([program], line, cell)
    magic.__name__ = "cell_" + program
    magic.__doc__ = "%%%%%s script magic\n\nRun cells with %s in a subprocess.\n\nThis is a shortcut for " \
        "`%%%%script %s`" % (program, program, program)
    return magic


for _program in PROGRAMS:
    globals()["cell_" + _program] = _shortcut(_program)
del _program
