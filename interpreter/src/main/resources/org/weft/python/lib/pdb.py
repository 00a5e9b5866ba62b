"""pdb: the Python debugger, Weft's own implementation on bdb and cmd.

Commands, prompt and output lines are CPython 3.11's ('(Pdb) ', '> file(line)func()',
'-> source line', '--Call--', '--Return--', 'Breakpoint 1 at file:line', '*** NameError: ...').
Start it with breakpoint() or pdb.set_trace() in a program, pdb.run('statement'),
pdb.runcall(f, ...), pdb.post_mortem() after an exception, or `python -m pdb script.py`.
Type 'help' at the prompt for the list of commands.
"""

import bdb
import cmd
import os
import signal
import sys
import traceback

from _weft_pdb_breakpoints import BreakpointCommands, find_function
from _weft_pdb_inspect import InspectCommands, getsourcelines, _rstr

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Raised by the 'run'/'restart' command to start the debugged program again."""


# What follows a stack entry when the debugger stops: the current source line, on its own line.
line_prefix = '\n-> '


class Pdb(BreakpointCommands, InspectCommands, bdb.Bdb, cmd.Cmd):
    """The debugger: a bdb.Bdb that asks what to do at a cmd.Cmd prompt when the program stops."""

    _previous_sigint_handler = None

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        if hasattr(sys, "audit"):
            sys.audit("pdb.Pdb")
        if stdout:
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.displaying = {}         # frame -> {expression: last value shown}
        self.mainpyfile = ''
        self._wait_for_mainpyfile = False
        self.tb_lineno = {}          # frame -> line where its exception passed
        self.allow_kbdint = False
        self.nosigint = nosigint
        self.rcLines = []
        if readrc:
            self._read_rc(os.path.expanduser('~/.pdbrc'))
            self._read_rc('.pdbrc')
        self.commands = {}           # breakpoint number -> command lines
        self.commands_doprompt = {}  # breakpoint number -> whether to prompt after its commands
        self.commands_silent = {}    # breakpoint number -> whether to skip the stack entry
        self.commands_defining = False
        self.commands_bnum = None

    def _read_rc(self, path):
        try:
            with open(path) as rc:
                self.rcLines.extend(rc)
        except OSError:
            pass

    def sigint_handler(self, signum, frame):
        if self.allow_kbdint:
            raise KeyboardInterrupt
        self.message("\nProgram interrupted. (Use 'cont' to resume).")
        self.set_step()
        self.set_trace(frame)

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.tb_lineno.clear()

    def setup(self, f, tb):
        """Take the stack at f (and down traceback tb); run the rc lines. True: a resuming rc
        command asked to go on without prompting."""
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        while tb is not None:
            self.tb_lineno[tb.tb_frame] = tb.tb_lineno
            tb = tb.tb_next
        self.curframe = self.stack[self.curindex][0]
        # f_locals is read once per stop, so assignments at the prompt are seen by later commands.
        self.curframe_locals = self.curframe.f_locals
        return self.execRcLines()

    def execRcLines(self):
        if not self.rcLines:
            return None
        pending = self.rcLines
        pending.reverse()
        self.rcLines = []
        while pending:
            line = pending.pop().strip()
            if line and line[0] != '#' and self.onecmd(line):
                # A resuming command: the rest runs at the next stop.
                self.rcLines += reversed(pending)
                return True
        return None

    # -- bdb's hooks ------------------------------------------------------------------------

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            if (self.mainpyfile != self.canonic(frame.f_code.co_filename)
                    or frame.f_lineno <= 0):
                return
            self._wait_for_mainpyfile = False
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the commands of the breakpoint just hit; false when they resumed the program or
        asked not to prompt."""
        number = getattr(self, 'currentbp', 0)
        if not (number and number in self.commands):
            return True
        self.currentbp = 0
        lastcmd = self.lastcmd
        self.setup(frame, None)
        for line in self.commands[number]:
            self.onecmd(line)
        self.lastcmd = lastcmd
        if not self.commands_silent[number]:
            self.print_stack_entry(self.stack[self.curindex])
        if self.commands_doprompt[number]:
            self._cmdloop()
        self.forget()
        return False

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        frame.f_locals['__return__'] = return_value
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        exc_type, exc_value, exc_traceback = exc_info
        frame.f_locals['__exception__'] = exc_type, exc_value
        # A StopIteration with no traceback is the interpreter's own, ending a generator.
        prefix = 'Internal ' if (not exc_traceback and exc_type is StopIteration) else ''
        self.message('%s%s' % (prefix, self._format_exc(exc_type, exc_value)))
        self.interaction(frame, exc_traceback)

    # -- the prompt -------------------------------------------------------------------------

    def _cmdloop(self):
        while True:
            try:
                # Ctrl-C at the prompt interrupts the command, not the program.
                self.allow_kbdint = True
                self.cmdloop()
                self.allow_kbdint = False
                break
            except KeyboardInterrupt:
                self.message('--KeyboardInterrupt--')

    def preloop(self):
        """Show the display expressions of the current frame whose value changed."""
        shown = self.displaying.get(self.curframe)
        if not shown:
            return
        for expr, old in list(shown.items()):
            new = self._getval_except(expr)
            if new is not old and new != old:
                shown[expr] = new
                self.message('display %s: %r  [old: %r]' % (expr, new, old))

    def interaction(self, frame, traceback):
        """Stop: show where, then read commands until one resumes the program."""
        if Pdb._previous_sigint_handler:
            try:
                signal.signal(signal.SIGINT, Pdb._previous_sigint_handler)
            except ValueError:
                pass
            else:
                Pdb._previous_sigint_handler = None
        if self.setup(frame, traceback):
            self.forget()
            return
        self.print_stack_entry(self.stack[self.curindex])
        self._cmdloop()
        self.forget()

    def displayhook(self, obj):
        """sys.displayhook while a statement typed at the prompt runs: show the repr, set no _."""
        if obj is not None:
            self.message(repr(obj))

    def default(self, line):
        """A line that is no command is a Python statement run in the current frame."""
        if line[:1] == '!':
            line = line[1:].strip()
        frame_locals = self.curframe_locals
        frame_globals = self.curframe.f_globals
        try:
            compiled = compile(line + '\n', '<stdin>', 'single')
            saved = sys.stdout, sys.stdin, sys.displayhook
            try:
                sys.stdin = self.stdin
                sys.stdout = self.stdout
                sys.displayhook = self.displayhook
                exec(compiled, frame_globals, frame_locals)
            finally:
                sys.stdout, sys.stdin, sys.displayhook = saved
        except:
            self._error_exc()

    def precmd(self, line):
        """Expand aliases and split the line at ';;' (the rest is queued)."""
        if not line.strip():
            return line
        args = line.split()
        while args[0] in self.aliases:
            line = self.aliases[args[0]]
            for number, value in enumerate(args[1:], start=1):
                line = line.replace('%' + str(number), value)
            line = line.replace('%*', ' '.join(args[1:]))
            args = line.split()
        if args[0] != 'alias':
            marker = line.find(';;')
            if marker >= 0:
                self.cmdqueue.append(line[marker + 2:].lstrip())
                line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        """Run one command; while 'commands' is being defined, record it instead."""
        if not self.commands_defining:
            return cmd.Cmd.onecmd(self, line)
        return self.handle_command_def(line)

    def handle_command_def(self, line):
        """Record one line of a breakpoint's command list; true when the list has ended."""
        command, arg, line = self.parseline(line)
        if not command:
            return False
        if command == 'silent':
            self.commands_silent[self.commands_bnum] = True
            return False
        if command == 'end':
            self.cmdqueue = []
            return True
        self.commands[self.commands_bnum].append(command + ' ' + arg if arg else command)
        func = getattr(self, 'do_' + command, self.default)
        if func.__name__ in self.commands_resuming:
            # A command that resumes the program ends the list too.
            self.commands_doprompt[self.commands_bnum] = False
            self.cmdqueue = []
            return True
        return False

    # -- output -----------------------------------------------------------------------------

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    @staticmethod
    def _format_exc(exc_type, exc_value):
        return traceback.format_exception_only(exc_type, exc_value)[-1].strip()

    def _error_exc(self):
        exc_type, exc_value = sys.exc_info()[:2]
        self.error(self._format_exc(exc_type, exc_value))

    # -- commands: the stack --------------------------------------------------------------------

    def do_where(self, arg):
        """w(here)
        Print the stack, most recent frame last; '>' marks the current frame, the one most
        commands work in.
        """
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def _select_frame(self, number):
        self.curindex = number
        self.curframe = self.stack[number][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[number])
        self.lineno = None

    def _frame_count(self, arg):
        try:
            return int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return None

    def do_up(self, arg):
        """u(p) [count]
        Move the current frame count (default one) levels up the stack, to an older frame.
        """
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        count = self._frame_count(arg)
        if count is None:
            return
        self._select_frame(0 if count < 0 else max(0, self.curindex - count))

    do_u = do_up

    def do_down(self, arg):
        """d(own) [count]
        Move the current frame count (default one) levels down the stack, to a newer frame.
        """
        if self.curindex + 1 == len(self.stack):
            self.error('Newest frame')
            return
        count = self._frame_count(arg)
        if count is None:
            return
        last = len(self.stack) - 1
        self._select_frame(last if count < 0 else min(last, self.curindex + count))

    do_d = do_down

    # -- commands: resuming ---------------------------------------------------------------------

    def do_until(self, arg):
        """unt(il) [lineno]
        Without argument, continue until a line greater than the current one is reached (to
        leave a loop). With a line number, continue until a line greater than or equal to it.
        Either way, stop also when the current frame returns.
        """
        if arg:
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
            if lineno <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current line number')
                return
        else:
            lineno = None
        self.set_until(self.curframe, lineno)
        return 1

    do_unt = do_until

    def do_step(self, arg):
        """s(tep)
        Run the current line and stop at the first possible occasion: in a function it calls,
        or on the next line.
        """
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        """n(ext)
        Continue to the next line of the current function, or until it returns.
        """
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_run(self, arg):
        """run [args...]
        Restart the program being debugged (python -m pdb only), with new sys.argv[1:] when
        arguments are given. Breakpoints and options stay.
        """
        if arg:
            import shlex
            program = sys.argv[0:1]
            try:
                sys.argv = shlex.split(arg)
            except ValueError as e:
                self.error('Cannot run %s: %s' % (arg, e))
                return
            sys.argv[:0] = program
        raise Restart

    do_restart = do_run

    def do_return(self, arg):
        """r(eturn)
        Continue until the current function returns.
        """
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue))
        Continue until a breakpoint is reached.
        """
        if not self.nosigint:
            try:
                Pdb._previous_sigint_handler = signal.signal(signal.SIGINT, self.sigint_handler)
            except (ValueError, AttributeError):
                # Not the main thread, or no signals here: Ctrl-C stays as it was.
                pass
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_jump(self, arg):
        """j(ump) lineno
        Make lineno the next line to run, in the bottom frame only. Jumping back runs code
        again; jumping forward skips it. Not every jump is possible: not into a for loop or
        out of a finally clause, for example.
        """
        if self.curindex + 1 != len(self.stack):
            self.error('You can only jump within the bottom frame')
            return
        try:
            lineno = int(arg)
        except ValueError:
            self.error("The 'jump' command requires a line number")
            return
        try:
            self.curframe.f_lineno = lineno
            self.stack[self.curindex] = self.stack[self.curindex][0], lineno
            self.print_stack_entry(self.stack[self.curindex])
        except ValueError as e:
            self.error('Jump failed: %s' % e)

    do_j = do_jump

    def do_debug(self, arg):
        """debug code
        Step through code (any expression or statement) in a debugger of its own, in the
        current frame's namespaces.
        """
        sys.settrace(None)
        frame_globals = self.curframe.f_globals
        frame_locals = self.curframe_locals
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            call_tracing = getattr(sys, 'call_tracing', None)
            if call_tracing is not None:
                call_tracing(inner.run, (arg, frame_globals, frame_locals))
            else:
                inner.run(arg, frame_globals, frame_locals)
        except Exception:
            self._error_exc()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    def do_quit(self, arg):
        """q(uit)\nexit
        Quit the debugger; the program being run is aborted.
        """
        self._user_requested_quit = True
        self.set_quit()
        return 1

    do_q = do_quit
    do_exit = do_quit

    def do_EOF(self, arg):
        """EOF
        End of input (Ctrl-D): quit the debugger, as 'quit' does.
        """
        self.message('')
        self._user_requested_quit = True
        self.set_quit()
        return 1

    # The commands that resume the program, and so end a breakpoint's command list.
    commands_resuming = ['do_continue', 'do_step', 'do_next', 'do_return',
                         'do_quit', 'do_jump']

    # -- printing the stack ---------------------------------------------------------------------

    def print_stack_trace(self):
        try:
            for frame_lineno in self.stack:
                self.print_stack_entry(frame_lineno)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame = frame_lineno[0]
        prefix = '> ' if frame is self.curframe else '  '
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))

    # -- help -----------------------------------------------------------------------------------

    def do_help(self, arg):
        """h(elp)
        Without argument, list the commands. 'help command' explains a command;
        'help exec' explains running Python statements at the prompt; 'help pdb' shows the
        whole manual.
        """
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        topic = getattr(self, 'help_' + arg, None)
        if topic is not None:
            return topic()
        command = getattr(self, 'do_' + arg, None)
        if command is None:
            self.error('No help for %r' % arg)
            return
        if sys.flags.optimize >= 2:
            self.error('No help for %r; please do not run Python with -OO '
                       'if you need command help' % arg)
            return
        self.message(command.__doc__.rstrip())

    do_h = do_help

    def help_exec(self):
        """(!) statement
        Run the (one-line) statement in the current frame. The '!' may be left out unless the
        statement's first word is a debugger command. An assignment to a global variable
        needs a 'global' declaration on the same line:

        (Pdb) global list_options; list_options = ['-l']
        (Pdb)
        """
        self.message((self.help_exec.__doc__ or '').strip())

    def help_pdb(self):
        help()

    # -- finding files ----------------------------------------------------------------------------

    def lookupmodule(self, filename):
        """The path of a file named in a command: absolute, the main script's, or searched on
        sys.path ('.py' added when it has no extension); None when not found."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        candidate = os.path.join(sys.path[0], filename)
        if os.path.exists(candidate) and self.canonic(candidate) == self.mainpyfile:
            return candidate
        root, ext = os.path.splitext(filename)
        if ext == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            fullname = os.path.join(dirname, filename)
            if os.path.exists(fullname):
                return fullname
        return None

    # -- running a program ------------------------------------------------------------------------

    def _run(self, target):
        """Run a _ScriptTarget or _ModuleTarget as __main__, stopping at its first line."""
        # Stop only once the target's own code runs, not in the lines that start it.
        self._wait_for_mainpyfile = True
        self._user_requested_quit = False
        self.mainpyfile = self.canonic(target.filename)
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update(target.namespace)
        self.run(target.code)

    # -- completion (Weft has no readline, but programs may call these) -------------------------

    def completenames(self, text, line, begidx, endidx):
        names = cmd.Cmd.completenames(self, text, line, begidx, endidx)
        return names + [alias for alias in self.aliases if alias.startswith(text)]


# -- the module's functions ---------------------------------------------------------------------

def run(statement, globals=None, locals=None):
    """Run a statement (a string or code object) under the debugger, stopping before it starts."""
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    """Evaluate an expression under the debugger; returns its value."""
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    """run() with explicit namespaces (kept for backwards compatibility)."""
    run(statement, globals, locals)


def runcall(*args, **kwds):
    """Call a function under the debugger, stopping at its first line; returns its result."""
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    """Stop in the caller's frame; header, if given, is printed first."""
    debugger = Pdb()
    if header is not None:
        debugger.message(header)
    debugger.set_trace(_caller(sys._getframe().f_back))


def _caller(frame):
    """frame, or the first frame below it that runs code of its own: breakpoint() reaches
    set_trace through sys.breakpointhook, which Weft writes in Python (CPython in C) and lists
    in its module's __weft_hidden_code__."""
    while frame is not None and frame.f_code in frame.f_globals.get('__weft_hidden_code__', ()):
        frame = frame.f_back
    return frame


def post_mortem(t=None):
    """Debug the frames of traceback t (default: the exception being handled)."""
    if t is None:
        t = sys.exc_info()[2]
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    debugger = Pdb()
    debugger.reset()
    debugger.interaction(None, t)


def pm():
    """Debug the traceback of the last uncaught exception (sys.last_traceback)."""
    post_mortem(sys.last_traceback)


TESTCMD = 'import x; x.main()'


def test():
    run(TESTCMD)


def help():
    """Print the module's manual."""
    text = __doc__ + '\n' + _COMMANDS_HELP()
    try:
        import pydoc
    except ImportError:
        print(text)       # Weft has no pydoc (and no pager) yet
    else:
        pydoc.pager(text)


def _COMMANDS_HELP():
    lines = []
    for name in sorted(n for n in dir(Pdb) if n.startswith('do_')):
        func = getattr(Pdb, name)
        if func.__doc__ and func.__name__ == name:
            lines.append(func.__doc__.rstrip() + '\n')
    return '\n'.join(lines)


# -- python -m pdb ------------------------------------------------------------------------------

_usage = """\
usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...

Debug the Python program given by pyfile. Alternatively,
an executable module or package to debug can be specified using
the -m switch.

Initial commands are read from .pdbrc files in your home directory
and in the current directory, if they exist.  Commands supplied with
-c are executed after commands from .pdbrc files.

To let the script run until an exception occurs, use "-c continue".
To let the script run up to a given line X in the debugged file, use
"-c 'until X'"."""


class _ScriptTarget(str):
    """A script to debug: its real path, the namespace it runs in, and the code that runs it."""

    def __new__(cls, path):
        target = str.__new__(cls, os.path.realpath(path))
        target.orig = path
        return target

    def check(self):
        if not os.path.exists(self):
            print('Error:', self.orig, 'does not exist')
            sys.exit(1)
        if os.path.isdir(self):
            print('Error:', self.orig, 'is a directory')
            sys.exit(1)

    def __init__(self, path):
        # The script's folder, not pdb's, is where its imports come from.
        sys.path[0] = os.path.dirname(self)

    @property
    def filename(self):
        return self

    @property
    def namespace(self):
        return dict(__name__='__main__', __file__=self, __builtins__=__builtins__)

    @property
    def code(self):
        # Bytes, so that compile() honours the script's coding declaration.
        with open(self, 'rb') as source:
            text = source.read()
        return f"exec(compile({text!r}, {self!r}, 'exec'))"


class _ModuleTarget(str):
    """A module to debug, as `python -m module` would run it."""

    def check(self):
        try:
            self._details
        except Exception:
            traceback.print_exc()
            sys.exit(1)

    @property
    def _details(self):
        import runpy
        return runpy._get_module_details(self)

    @property
    def filename(self):
        return self.code.co_filename

    @property
    def code(self):
        name, spec, code = self._details
        return code

    @property
    def _spec(self):
        name, spec, code = self._details
        return spec

    @property
    def namespace(self):
        spec = self._spec
        return dict(__name__='__main__', __file__=os.path.normcase(os.path.abspath(self.filename)),
                    __package__=spec.parent, __loader__=spec.loader, __spec__=spec,
                    __builtins__=__builtins__)


def main():
    import getopt
    opts, args = getopt.getopt(sys.argv[1:], 'mhc:', ['help', 'command='])
    if not args:
        print(_usage)
        sys.exit(2)
    if any(opt in ('-h', '--help') for opt, _ in opts):
        print(_usage)
        sys.exit()
    commands = [value for opt, value in opts if opt in ('-c', '--command')]
    target_class = _ModuleTarget if any(opt == '-m' for opt, _ in opts) else _ScriptTarget
    target = target_class(args[0])
    target.check()
    sys.argv[:] = args
    debugger = Pdb()
    debugger.rcLines.extend(commands)
    while True:
        try:
            debugger._run(target)
            if debugger._user_requested_quit:
                break
            print("The program finished and will be restarted")
        except Restart:
            print("Restarting", target, "with arguments:")
            print("\t" + " ".join(sys.argv[1:]))
        except SystemExit:
            print("The program exited via sys.exit(). Exit status:", end=' ')
            print(sys.exc_info()[1])
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except:
            traceback.print_exc()
            print("Uncaught exception. Entering post mortem debugging")
            print("Running 'cont' or 'step' will restart the program")
            debugger.interaction(None, sys.exc_info()[2])
            print("Post mortem debugger finished. The " + target + " will be restarted")


if __name__ == '__main__':
    import pdb
    pdb.main()
