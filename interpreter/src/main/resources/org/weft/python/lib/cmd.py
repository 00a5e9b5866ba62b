"""A framework for line-oriented command interpreters (Python's cmd module).

Subclass Cmd and define do_<command>(self, arg) methods; cmdloop() reads lines, onecmd() runs one.
help_<topic>() methods and do_* docstrings feed the built-in `help` command, and complete_<command>()
methods the tab completion (used when readline is available; Weft has none, so cmdloop reads plain
lines from stdin). Written for Weft from the module's documentation.
"""
import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Repeatedly prompts, reads a line, and dispatches it, until a command's method returns
        true. intro (or self.intro) is printed first."""
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
                    line = "EOF"
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = "EOF" if not len(line) else line.rstrip("\r\n")
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
        """(command, argument, line): '?' means help, '!' shell; command is None when the line
        does not start with an identifier."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == "?":
            line = "help " + line[1:]
        elif line[0] == "!":
            if hasattr(self, "do_shell"):
                line = "shell " + line[1:]
            else:
                return None, None, line
        i, n = 0, len(line)
        while i < n and line[i] in self.identchars:
            i += 1
        command, arg = line[:i], line[i:].strip()
        return command, arg, line

    def onecmd(self, line):
        """Interprets one line as if typed at the prompt; returns what the command's method returns."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = line
        if line == "EOF":
            self.lastcmd = ""
        if command == "":
            return self.default(line)
        try:
            func = getattr(self, "do_" + command)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last nonempty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line whose command is unknown."""
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    def completedefault(self, *ignored):
        """Completion for commands without a complete_* method: nothing."""
        return []

    def completenames(self, text, *ignored):
        dotext = "do_" + text
        return [a[3:] for a in self.get_names() if a.startswith(dotext)]

    def complete(self, text, state):
        """The state-th completion of text for the line being edited (readline's protocol)."""
        if state == 0:
            import readline
            origline = readline.get_line_buffer()
            line = origline.lstrip()
            stripped = len(origline) - len(line)
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            if begidx > 0:
                command, args, foo = self.parseline(line)
                if command == "":
                    compfunc = self.completedefault
                else:
                    try:
                        compfunc = getattr(self, "complete_" + command)
                    except AttributeError:
                        compfunc = self.completedefault
            else:
                compfunc = self.completenames
            self.completion_matches = compfunc(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """The attribute names of the class, the base classes' included."""
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names() if a.startswith("help_" + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = sorted(set(self.get_names()))
        topics = {name[5:] for name in names if name.startswith("help_")}
        documented, undocumented = [], []
        for name in names:
            if not name.startswith("do_"):
                continue
            command = name[3:]
            if command in topics or getattr(self, name).__doc__:
                documented.append(command)
                topics.discard(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, topic):
        """help_<topic>() when there is one, else the do_<topic> docstring, else nohelp."""
        helper = getattr(self, "help_" + topic, None)
        if helper is not None:
            helper()
            return
        command = getattr(self, "do_" + topic, None)
        doc = command.__doc__ if command is not None else None
        self.stdout.write("%s\n" % str(doc if doc else self.nohelp % (topic,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """A header, its ruler, and the names in columns (nothing when there are no names)."""
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Writes strings in columns, filled top to bottom, each column as wide as its widest entry
        and two spaces from the next: the fewest rows whose columns fit displaywidth."""
        items = list
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [str(i) for i, item in enumerate(items) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(bad))
        if len(items) == 1:
            self.stdout.write("%s\n" % items[0])
            return
        rows, widths = _layout(items, displaywidth)
        for r in range(rows):
            cells = [items[i] for i in range(r, len(items), rows)]
            line = "  ".join(cell.ljust(widths[c]) for c, cell in enumerate(cells[:-1]))
            last = cells[-1].ljust(widths[len(cells) - 1]) if cells[-1] else ""
            self.stdout.write("%s\n" % (line + "  " + last if line else last))


def _layout(items, width):
    """(rows, column widths) of the fewest rows whose columns fit width; one column when none do.
    A column's width only counts the entries before the width is exceeded, as the search stops
    there."""
    n = len(items)
    for rows in range(1, n):
        widths = []
        total = -2
        for start in range(0, n, rows):
            widths.append(max(len(item) for item in items[start:start + rows]))
            total += widths[-1] + 2
            if total > width:
                break
        if total <= width:
            return rows, widths
    return n, [0]
