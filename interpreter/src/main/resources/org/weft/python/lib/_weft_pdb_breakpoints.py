"""pdb's breakpoint commands: break, tbreak, condition, ignore, enable, disable, clear and
commands; a mixin of pdb.Pdb, kept apart so that pdb.py stays readable."""

import bdb
import linecache
import re
import tokenize


def find_function(funcname, filename):
    """(funcname, filename, line of its 'def') found by scanning the file's text, or None."""
    pattern = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        source = tokenize.open(filename)
    except OSError:
        return None
    with source:
        for lineno, line in enumerate(source, start=1):
            if pattern.match(line):
                return funcname, filename, lineno
    return None



class BreakpointCommands:
    """The breakpoint commands of pdb.Pdb (which supplies message, error, curframe, ...)."""

    def do_commands(self, arg):
        """commands [bpnumber]
        (com) ...
        (com) end
        (Pdb)

        Give commands to run each time breakpoint bpnumber (default: the last one set) is hit,
        one per line, ending with 'end'. 'silent' first means the stop is not announced; a
        command that resumes the program (continue, step, next, return, jump, quit) ends the
        list. With no commands, the breakpoint's commands are removed.
        """
        if not arg:
            bnum = len(bdb.Breakpoint.bpbynumber) - 1
        else:
            try:
                bnum = int(arg)
            except:
                self.error("Usage: commands [bnum]\n        ...\n        end")
                return
        try:
            self.get_bpbynumber(bnum)
        except ValueError as err:
            self.error('cannot set commands: %s' % err)
            return
        self.commands_bnum = bnum
        old = None
        if bnum in self.commands:
            old = (self.commands[bnum], self.commands_doprompt[bnum], self.commands_silent[bnum])
        self.commands[bnum] = []
        self.commands_doprompt[bnum] = True
        self.commands_silent[bnum] = False
        prompt = self.prompt
        self.prompt = '(com) '
        self.commands_defining = True
        try:
            self.cmdloop()
        except KeyboardInterrupt:
            if old:
                self.commands[bnum], self.commands_doprompt[bnum], self.commands_silent[bnum] = old
            else:
                del self.commands[bnum]
                del self.commands_doprompt[bnum]
                del self.commands_silent[bnum]
            self.error('command definition aborted, old commands restored')
        finally:
            self.commands_defining = False
            self.prompt = prompt

    def do_break(self, arg, temporary=0):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]
        Without argument, list the breakpoints. With a line number, set a breakpoint there in
        the current file (or in filename, searched on sys.path). With a function, set it at the
        function's first executable line. The condition, if given, must be true for the
        breakpoint to stop the program. Each breakpoint gets a number, used by the other
        breakpoint commands.
        """
        if not arg:
            if self.breaks:
                self.message("Num Type         Disp Enb   Where")
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        where = self._break_location(arg)
        if where is None:
            return
        filename, lineno, funcname = where
        if not filename:
            filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if not line:
            return
        err = self.set_break(filename, line, temporary, cond, funcname)
        if err:
            self.error(err)
            return
        bp = self.get_breaks(filename, line)[-1]
        self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))

    def _break_location(self, arg):
        """(filename or None, lineno, funcname or None) of a break argument, or None after
        reporting why it is no place."""
        colon = arg.rfind(':')
        if colon >= 0:
            found = self.lookupmodule(arg[:colon].rstrip())
            if not found:
                self.error('%r not found from sys.path' % arg[:colon].rstrip())
                return None
            number = arg[colon + 1:].lstrip()
            try:
                return found, int(number), None
            except ValueError:
                self.error('Bad lineno: %s' % number)
                return None
        try:
            return None, int(arg), None
        except ValueError:
            pass
        try:
            func = eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            func = arg
        try:
            if hasattr(func, '__func__'):
                func = func.__func__
            code = func.__code__
            return code.co_filename, code.co_firstlineno, code.co_name
        except:
            ok, filename, ln = self.lineinfo(arg)
            if not ok:
                self.error('The specified object %r is not a function '
                           'or was not found along sys.path.' % arg)
                return None
            return filename, int(ln), ok

    do_b = do_break

    def defaultFile(self):
        """The file of the current frame; the main script's for code run from a string."""
        filename = self.curframe.f_code.co_filename
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]
        As 'break', but the breakpoint is removed when it is first hit.
        """
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        """(function name, file, line) of 'func', 'module.func' or a quoted name, found by
        scanning the source; (None, None, None) when not found."""
        failed = (None, None, None)
        parts = identifier.split("'")
        if len(parts) == 1:
            name = parts[0].strip()
        elif len(parts) == 3:
            name = parts[1].strip()
        else:
            return failed
        if name == '':
            return failed
        names = name.split('.')
        if names[0] == 'self':
            del names[0]
            if not names:
                return failed
        filename = self.defaultFile()
        if len(names) == 1:
            item = names[0]
        else:
            found = self.lookupmodule(names[0])
            if found:
                filename = found
            item = names[1]
        return find_function(item, filename) or failed

    def checkline(self, filename, lineno):
        """lineno if a breakpoint can go there, else 0 after saying why."""
        frame = getattr(self, 'curframe', None)
        globs = frame.f_globals if frame is not None else None
        line = linecache.getline(filename, lineno, globs)
        if not line:
            self.message('End of file')
            return 0
        line = line.strip()
        if not line or line[0] == '#' or line[:3] == '"""' or line[:3] == "'''":
            self.error('Blank or comment')
            return 0
        return lineno

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]
        Enable the breakpoints given by number.
        """
        for number in arg.split():
            try:
                bp = self.get_bpbynumber(number)
            except ValueError as err:
                self.error(err)
            else:
                bp.enable()
                self.message('Enabled %s' % bp)

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]
        Disable the breakpoints given by number: they stay in the list, with their ignore
        counts, but do not stop the program until enabled again.
        """
        for number in arg.split():
            try:
                bp = self.get_bpbynumber(number)
            except ValueError as err:
                self.error(err)
            else:
                bp.disable()
                self.message('Disabled %s' % bp)

    def do_condition(self, arg):
        """condition bpnumber [condition]
        Give the breakpoint a condition (an expression that must be true for it to stop the
        program); without one, the breakpoint becomes unconditional.
        """
        args = arg.split(' ', 1)
        cond = args[1] if len(args) > 1 else None
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.cond = cond
            if not cond:
                self.message('Breakpoint %d is now unconditional.' % bp.number)
            else:
                self.message('New condition set for breakpoint %d.' % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]
        Skip the breakpoint the next count times it is reached (count 0, the default, stops
        the next time). A breakpoint stops only when its ignore count is zero and its
        condition, if any, is true.
        """
        args = arg.split()
        try:
            count = int(args[1].strip())
        except:
            count = 0
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.ignore = count
            if count > 0:
                crossings = '%d crossings' % count if count > 1 else '1 crossing'
                self.message('Will ignore next %s of breakpoint %d.' % (crossings, bp.number))
            else:
                self.message('Will stop next time breakpoint %d is reached.' % bp.number)

    def do_clear(self, arg):
        """cl(ear) filename:lineno\ncl(ear) [bpnumber [bpnumber...]]
        Delete the breakpoints at filename:lineno, or those given by number; with no argument,
        delete every breakpoint, after asking.
        """
        if not arg:
            try:
                reply = input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            if reply.strip().lower() in ('y', 'yes'):
                deleted = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                for bp in deleted:
                    self.message('Deleted %s' % bp)
            return
        if ':' in arg:
            colon = arg.rfind(':')
            filename, number = arg[:colon], arg[colon + 1:]
            try:
                lineno = int(number)
            except ValueError:
                err = "Invalid line number (%s)" % number
            else:
                deleted = self.get_breaks(filename, lineno)[:]
                err = self.clear_break(filename, lineno)
            if err:
                self.error(err)
            else:
                for bp in deleted:
                    self.message('Deleted %s' % bp)
            return
        for number in arg.split():
            try:
                bp = self.get_bpbynumber(number)
            except ValueError as err:
                self.error(err)
            else:
                self.clear_bpbynumber(number)
                self.message('Deleted %s' % bp)

    do_cl = do_clear
