"""bdb: the debugger base class, Weft's own implementation on sys.settrace.

Bdb turns the trace events of sys.settrace (call, line, return, exception) into the four hooks a
debugger overrides (user_call, user_line, user_return, user_exception), decides where to stop
(step, next, until, return, continue) and keeps the breakpoints. pdb is built on it; so can a
teaching tool that only records what ran. Behaviour follows CPython 3.11's bdb as documented.

Breakpoints live on the Breakpoint class (bplist, bpbynumber), as in CPython: every debugger in the
process sees them, and a new Bdb picks up those already set. Debuggers in several threads may
number and delete breakpoints at once, so those tables change under one lock.
"""

import _thread
import fnmatch
import os
import sys

_breakpoints_lock = _thread.allocate_lock()

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# Code flags of generators and coroutines (inspect.CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR).
_GENERATOR_FLAGS = 0x20 | 0x80 | 0x200


class BdbQuit(Exception):
    """Raised out of a traced program to stop it when the user quits the debugger."""


def _is_generator(frame):
    return bool(frame.f_code.co_flags & _GENERATOR_FLAGS)


class Bdb:
    """The generic debugger: dispatches trace events and decides where to stop.

    skip, when given, is an iterable of glob patterns of module names in which it never stops.
    """

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}          # canonical file name -> list of line numbers with breakpoints
        self.fncache = {}         # file name as seen -> canonical file name
        self.frame_returning = None
        self._pick_up_breakpoints()

    def canonic(self, filename):
        """The absolute, case-normalized form of a file name; '<string>'-like names stay as they are."""
        if filename[:1] == '<' and filename[-1:] == '>':
            return filename
        known = self.fncache.get(filename)
        if known is None:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        """Forget where the last session stopped; called before a new one starts."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # -- event dispatch --------------------------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        """The trace function: one method per event kind; returns itself to keep tracing."""
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        if event == 'call':
            return self.dispatch_call(frame, arg)
        if event == 'return':
            return self.dispatch_return(frame, arg)
        if event == 'exception':
            return self.dispatch_exception(frame, arg)
        return self.trace_dispatch     # c_call, c_return, c_exception, opcode

    def dispatch_line(self, frame):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # The first call seen: the frame that started tracing is the bottom of the stack.
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None               # nothing to stop at in here: no line events for it
        # A generator resumed while stepping over its caller gets traced but not announced.
        if self.stopframe and _is_generator(frame):
            return self.trace_dispatch
        self.user_call(frame, arg)
        if self.quitting:
            raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if self.stop_here(frame) or frame is self.returnframe:
            # A generator that yields is not returning; stepping over it does not stop here.
            if self.stopframe and _is_generator(frame):
                return self.trace_dispatch
            try:
                self.frame_returning = frame
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            if self.quitting:
                raise BdbQuit
            # Having stopped at the return of the frame 'next' or 'until' was for, step from here.
            if self.stopframe is frame and self.stoplineno != -1:
                self._set_stopinfo(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        if self.stop_here(frame):
            # The StopIteration that ends a generator without a traceback is not the user's.
            if not (_is_generator(frame) and arg[0] is StopIteration and arg[2] is None):
                self.user_exception(frame, arg)
                if self.quitting:
                    raise BdbQuit
        elif (self.stopframe and frame is not self.stopframe and _is_generator(self.stopframe)
              and arg[0] in (StopIteration, GeneratorExit)):
            # Stepping over a generator's caller: the generator's end is worth a stop.
            self.user_exception(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    # -- where to stop ---------------------------------------------------------------------

    def is_skipped_module(self, module_name):
        """Whether module_name matches one of the skip patterns."""
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        """Whether the current step/next/until/return asks to stop in this frame now."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is self.stopframe:
            if self.stoplineno == -1:
                return False
            return frame.f_lineno >= self.stoplineno
        return not self.stopframe

    def break_here(self, frame):
        """Whether an enabled breakpoint whose condition holds is on this frame's line."""
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if not lines:
            return False
        lineno = frame.f_lineno
        if lineno not in lines:
            # A breakpoint on a function is kept at its 'def' line.
            lineno = frame.f_code.co_firstlineno
            if lineno not in lines:
                return False
        bp, flag = effective(filename, lineno, frame)
        if not bp:
            return False
        self.currentbp = bp.number
        if flag and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Delete a temporary breakpoint that was hit; a subclass that has one must define it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """Whether the frame's file has any breakpoint."""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # -- hooks for subclasses ----------------------------------------------------------------

    def user_call(self, frame, argument_list):
        """Called when the debugger may stop in a function just called."""

    def user_line(self, frame):
        """Called when the debugger stops on a line."""

    def user_return(self, frame, return_value):
        """Called when the debugger stops at a function's return."""

    def user_exception(self, frame, exc_info):
        """Called when the debugger stops where an exception was raised."""

    # -- commands that resume the program ----------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        # stopframe None: stop anywhere. stoplineno -1: never stop in stopframe; otherwise stop
        # there at a line >= stoplineno. returnframe: also stop when it returns.
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno

    def set_until(self, frame, lineno=None):
        """Stop at a line greater than lineno (default: the next line) in frame, or when it returns."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._set_stopinfo(frame, frame, lineno)

    def set_step(self):
        """Stop at the very next event."""
        if self.frame_returning is not None:
            # Stepping out of a return: the caller may have had no local trace function.
            caller = self.frame_returning.f_back
            if caller is not None and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        """Stop at the next line in frame, or when it returns."""
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        """Stop when frame returns."""
        if _is_generator(frame):
            self._set_stopinfo(frame, None, -1)
        else:
            self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging from frame (default: the caller's frame), stopping at its next line."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        while frame is not None:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run until a breakpoint; with none set, stop tracing altogether (full speed)."""
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame is not None and frame is not self.botframe:
                del frame.f_trace
                frame = frame.f_back

    def set_quit(self):
        """Stop debugging: the program is ended by a BdbQuit at its next event."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # -- breakpoints -------------------------------------------------------------------------
    # The set_*/clear_* methods return an error message, or None when they succeeded.

    def _add_to_breaks(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def _pick_up_breakpoints(self):
        for filename, lineno in Breakpoint.bplist:
            self._add_to_breaks(filename, lineno)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Set a breakpoint; the line must exist in the file (as linecache reads it)."""
        filename = self.canonic(filename)
        import linecache
        if not linecache.getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        self._add_to_breaks(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _prune_breaks(self, filename, lineno):
        # Forget the line once its last breakpoint is gone, and the file once its last line is.
        if (filename, lineno) in Breakpoint.bplist:
            return
        self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        """Delete every breakpoint at filename:lineno."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in list(Breakpoint.bplist[filename, lineno]):
            bp.deleteMe()
        self._prune_breaks(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Delete the breakpoint numbered arg."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Delete every breakpoint in the file."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for line in self.breaks[filename]:
            for bp in list(Breakpoint.bplist[filename, line]):
                bp.deleteMe()
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        """Delete every breakpoint."""
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        """The breakpoint numbered arg (a str or int); ValueError says why there is none."""
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError('Breakpoint number %d out of range' % number) from None
        if bp is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return bp

    def get_break(self, filename, lineno):
        """Whether there is a breakpoint at filename:lineno."""
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        """The breakpoints at filename:lineno (a list, empty when there are none)."""
        if not self.get_break(filename, lineno):
            return []
        return Breakpoint.bplist[self.canonic(filename), lineno]

    def get_file_breaks(self, filename):
        """The line numbers of the file's breakpoints."""
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        """{canonical file name: [line numbers]} of every breakpoint."""
        return self.breaks

    # -- the stack ---------------------------------------------------------------------------

    def get_stack(self, f, t):
        """([(frame, lineno), ...] from the bottom frame to f then down traceback t, index of the
        current entry)."""
        stack = []
        if t is not None and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        index = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            index = max(0, len(stack) - 1)
        return stack, index

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """'file(line)function()' then '->' and the return value when returning, then lprefix and
        the source line."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        text = '%s(%r)%s()' % (filename, lineno, frame.f_code.co_name or '<lambda>')
        frame_locals = frame.f_locals
        if '__return__' in frame_locals:
            text += '->' + reprlib.repr(frame_locals['__return__'])
        if lineno is not None:
            line = linecache.getline(filename, lineno, frame.f_globals)
            if line:
                text += lprefix + line.strip()
        return text

    # -- running a program under the debugger --------------------------------------------------

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (a string or a code object) run by exec()."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression evaluated by eval(); returns its value (None when quit)."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """run() with explicit namespaces (kept for backwards compatibility)."""
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug a call; returns its result (None when quit)."""
        self.reset()
        sys.settrace(self.trace_dispatch)
        result = None
        try:
            result = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return result


def set_trace():
    """Start debugging with a plain Bdb from the caller's frame."""
    Bdb().set_trace(sys._getframe().f_back)


class Breakpoint:
    """A breakpoint: a file and line (and for a function breakpoint, its name), numbered from 1.

    Class attributes: next (the next number), bplist ({(file, line): [breakpoints]}) and
    bpbynumber (index = number; None where deleted).
    """

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        with _breakpoints_lock:
            self.number = Breakpoint.next
            Breakpoint.next += 1
            Breakpoint.bpbynumber.append(self)
            Breakpoint.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        """Delete every breakpoint and start numbering again from 1."""
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        """Remove this breakpoint from the tables (its number is not reused)."""
        key = (self.file, self.line)
        with _breakpoints_lock:
            Breakpoint.bpbynumber[self.number] = None
            Breakpoint.bplist[key].remove(self)
            if not Breakpoint.bplist[key]:
                del Breakpoint.bplist[key]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to out (default sys.stdout)."""
        print(self.bpformat(), file=sys.stdout if out is None else out)

    def bpformat(self):
        """The breakpoint as pdb's 'break' lists it: number, disposition, enabled, where, then its
        condition, ignore count and hits on lines of their own."""
        disposition = 'del  ' if self.temporary else 'keep '
        disposition += 'yes  ' if self.enabled else 'no   '
        text = '%-4dbreakpoint   %s at %s:%d' % (self.number, disposition, self.file, self.line)
        if self.cond:
            text += '\n\tstop only if %s' % (self.cond,)
        if self.ignore:
            text += '\n\tignore next %d hits' % (self.ignore,)
        if self.hits:
            text += '\n\tbreakpoint already hit %d time%s' % (self.hits, 's' if self.hits > 1 else '')
        return text

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether breakpoint b applies to the frame: a line breakpoint on its line, a function
    breakpoint on the first line its function executes."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(breakpoint to stop at, whether it may be deleted if temporary), or (None, None).

    Counts a hit on each enabled breakpoint that applies, then honours its condition and ignore
    count. A condition that raises stops the program, but a temporary breakpoint stays.
    """
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if b.cond:
            try:
                holds = eval(b.cond, frame.f_globals, frame.f_locals)
            except:
                return b, False
            if not holds:
                continue
        if b.ignore > 0:
            b.ignore -= 1
            continue
        return b, True
    return None, None
