"""A generic class to build line-oriented command interpreters, as CPython 3.11's cmd.

A subclass defines do_<name>(self, arg) for each command and, optionally, help_<name>(self);
cmdloop() reads lines (input() or self.stdin) and dispatches each through onecmd(). There is no
readline in Weft, so there is no tab completion; complete() and the complete_* hooks exist for
programs that call them directly.

Thread safety: a Cmd belongs to the thread that runs its loop.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Prompt, read a line, dispatch it; until a command's method returns a true value."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            if self.cmdqueue:
                line = self.cmdqueue.pop(0)
            elif self.use_rawinput:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = 'EOF'
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = 'EOF' if not len(line) else line.rstrip('\r\n')
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        """Hook run on the line before it is interpreted; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Hook run after a command; returns whether the loop stops."""
        return stop

    def preloop(self):
        """Hook run once when cmdloop() starts."""

    def postloop(self):
        """Hook run once when cmdloop() is about to return."""

    def parseline(self, line):
        """(command, argument, line): '?' means help, '!' means shell (with a do_shell)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i = 0
        while i < len(line) and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Interpret line as if typed at the prompt; returns what the command's method returns."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last nonempty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line whose command is not recognized."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        dotext = 'do_' + text
        return [a[3:] for a in self.get_names() if a.startswith(dotext)]

    def complete(self, text, state):
        """Completion needs readline, which Weft does not have: there are no matches."""
        return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names() if a.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            func = getattr(self, 'help_' + arg, None)
            if func is not None:
                func()
                return
            doc = getattr(getattr(self, 'do_' + arg, None), '__doc__', None)
            if doc:
                self.stdout.write("%s\n" % str(doc))
                return
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name[:5] == 'help_'}
        cmds_doc, cmds_undoc = [], []
        previous = None
        for name in sorted(names):
            if name[:3] != 'do_' or name == previous:
                continue
            previous = name
            cmd = name[3:]
            if cmd in topics:
                cmds_doc.append(cmd)
                topics.remove(cmd)
            elif getattr(self, name).__doc__:
                cmds_doc.append(cmd)
            else:
                cmds_undoc.append(cmd)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, cmds_doc, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, cmds_undoc, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Display a list of strings as a compact set of columns, filled column by column, in
        the fewest rows whose width fits displaywidth (columns two spaces apart)."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        nonstrings = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if nonstrings:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, nonstrings)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        nrows, ncols, colwidths = size, 1, [0]
        for rows in range(1, size):
            cols = (size + rows - 1) // rows
            widths = []
            total = -2
            for col in range(cols):
                width = max((len(list[i]) for i in range(col * rows, min(col * rows + rows, size))),
                            default=0)
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                nrows, ncols, colwidths = rows, cols, widths
                break
        for row in range(nrows):
            texts = [list[row + nrows * col] if row + nrows * col < size else ""
                     for col in range(ncols)]
            while texts and not texts[-1]:
                del texts[-1]
            texts = [text.ljust(colwidths[col]) for col, text in enumerate(texts)]
            self.stdout.write("%s\n" % str("  ".join(texts)))
