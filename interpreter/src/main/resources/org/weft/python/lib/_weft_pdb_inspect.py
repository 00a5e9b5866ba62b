"""pdb's commands that look at the stopped program: args, retval, p, pp, list, longlist,
source, whatis, display, undisplay, interact, alias and unalias; a mixin of pdb.Pdb, kept
apart so that pdb.py stays readable."""

import code
import linecache
import pprint
import sys


def getsourcelines(obj):
    """(lines, first line number) of an object's source; a module-level frame shows its whole file."""
    import inspect
    lines, lineno = inspect.findsource(obj)
    if inspect.isframe(obj) and obj.f_globals is obj.f_locals:
        return lines, 1
    if inspect.ismodule(obj):
        return lines, 1
    return inspect.getblock(lines[lineno:]), lineno + 1


class _rstr(str):
    """A str whose repr is itself, so display shows '** raised ... **' without quotes."""

    def __repr__(self):
        return self


class InspectCommands:
    """The looking-around commands of pdb.Pdb (which supplies message, error, curframe, ...)."""

    def do_args(self, arg):
        """a(rgs)
        Print the arguments of the current function and their values.
        """
        code = self.curframe.f_code
        frame_locals = self.curframe_locals
        count = code.co_argcount + code.co_kwonlyargcount
        if code.co_flags & 0x04:     # *args
            count += 1
        if code.co_flags & 0x08:     # **kwargs
            count += 1
        for name in code.co_varnames[:count]:
            if name in frame_locals:
                self.message('%s = %r' % (name, frame_locals[name]))
            else:
                self.message('%s = *** undefined ***' % (name,))

    do_a = do_args

    def do_retval(self, arg):
        """retval
        Print the value the current function is returning.
        """
        if '__return__' in self.curframe_locals:
            self.message(repr(self.curframe_locals['__return__']))
        else:
            self.error('Not yet returned!')

    do_rv = do_retval

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._error_exc()
            raise

    def _getval_except(self, arg, frame=None):
        try:
            if frame is None:
                return eval(arg, self.curframe.f_globals, self.curframe_locals)
            return eval(arg, frame.f_globals, frame.f_locals)
        except:
            exc_type, exc_value = sys.exc_info()[:2]
            return _rstr('** raised %s **' % self._format_exc(exc_type, exc_value))

    def do_p(self, arg):
        """p expression
        Print the value of the expression.
        """
        try:
            self.message(repr(self._getval(arg)))
        except:
            pass

    def do_pp(self, arg):
        """pp expression
        Pretty-print the value of the expression.
        """
        try:
            self.message(pprint.pformat(self._getval(arg)))
        except:
            pass

    def do_list(self, arg):
        """l(ist) [first [,last] | .]
        List source code of the current file: with no argument, 11 lines around the current
        line, or the 11 after the last listing; with '.', around the current line again; with
        one number, 11 lines around it; with two, that range (a second number smaller than
        the first is a count). '->' marks the current line, '>>' the line of the exception
        being handled, 'B' a breakpoint.
        """
        self.lastcmd = 'list'
        last = None
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = arg.split(',')
                    first = int(first.strip())
                    last = int(last.strip())
                    if last < first:
                        last = first + last
                else:
                    first = max(1, int(arg.strip()) - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            lines = linecache.getlines(filename, self.curframe.f_globals)
            self._print_lines(lines[first - 1:last], first, breaklist, self.curframe)
            self.lineno = min(last, len(lines))
            if len(lines) < last:
                self.message('[EOF]')
        except KeyboardInterrupt:
            pass

    do_l = do_list

    def do_longlist(self, arg):
        """longlist | ll
        List the whole source of the current function or frame.
        """
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            lines, lineno = getsourcelines(self.curframe)
        except OSError as err:
            self.error(err)
            return
        self._print_lines(lines, lineno, breaklist, self.curframe)

    do_ll = do_longlist

    def do_source(self, arg):
        """source expression
        List the source of the object the expression names (a function, class, module...).
        """
        try:
            obj = self._getval(arg)
        except:
            return
        try:
            lines, lineno = getsourcelines(obj)
        except (OSError, TypeError) as err:
            self.error(err)
            return
        self._print_lines(lines, lineno)

    def _print_lines(self, lines, start, breaks=(), frame=None):
        """Print numbered lines, marking breakpoints and the current and exception lines."""
        if frame is not None:
            current = frame.f_lineno
            exc_line = self.tb_lineno.get(frame, -1)
        else:
            current = exc_line = -1
        for lineno, line in enumerate(lines, start):
            number = str(lineno).rjust(3)
            if len(number) < 4:
                number += ' '
            number += 'B' if lineno in breaks else ' '
            if lineno == current:
                number += '->'
            elif lineno == exc_line:
                number += '>>'
            self.message(number + '\t' + line.rstrip())

    def do_whatis(self, arg):
        """whatis expression
        Print the type of the expression's value.
        """
        try:
            value = self._getval(arg)
        except:
            return
        code = getattr(getattr(value, '__func__', None), '__code__', None)
        if code:
            self.message('Method %s' % code.co_name)
            return
        code = getattr(value, '__code__', None)
        if code:
            self.message('Function %s' % code.co_name)
            return
        if value.__class__ is type:
            self.message('Class %s.%s' % (value.__module__, value.__qualname__))
            return
        self.message(type(value))

    def do_display(self, arg):
        """display [expression]
        Show the value of the expression now and, each time the program stops in the current
        frame, again when it has changed. Without expression, list the displays of the
        current frame.
        """
        if not arg:
            self.message('Currently displaying:')
            for item in self.displaying.get(self.curframe, {}).items():
                self.message('%s: %r' % item)
        else:
            value = self._getval_except(arg)
            self.displaying.setdefault(self.curframe, {})[arg] = value
            self.message('display %s: %r' % (arg, value))

    def do_undisplay(self, arg):
        """undisplay [expression]
        Stop displaying the expression in the current frame; without expression, stop every
        display of the current frame.
        """
        if arg:
            try:
                del self.displaying.get(self.curframe, {})[arg]
            except KeyError:
                self.error('not displaying %s' % arg)
        else:
            self.displaying.pop(self.curframe, None)

    def do_interact(self, arg):
        """interact
        Start an interactive interpreter whose namespace holds the current frame's globals
        and locals (Ctrl-D returns to the debugger).
        """
        namespace = {**self.curframe.f_globals, **self.curframe_locals}
        code.interact("*interactive*", local=namespace)

    def do_alias(self, arg):
        """alias [name [command [parameter parameter ...] ]]
        Define name as an abbreviation of command; %1, %2... in command stand for the
        arguments, %* for all of them. Without command, show name's alias; without argument,
        list every alias.
        """
        args = arg.split()
        if not args:
            for name in sorted(self.aliases):
                self.message("%s = %s" % (name, self.aliases[name]))
            return
        if args[0] in self.aliases and len(args) == 1:
            self.message("%s = %s" % (args[0], self.aliases[args[0]]))
        else:
            self.aliases[args[0]] = ' '.join(args[1:])

    def do_unalias(self, arg):
        """unalias name
        Delete the alias name.
        """
        args = arg.split()
        if args and args[0] in self.aliases:
            del self.aliases[args[0]]
