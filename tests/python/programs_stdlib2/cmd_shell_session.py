import cmd
import io


class TodoShell(cmd.Cmd):
    """A tiny to-do list shell."""

    intro = "Welcome to the todo shell. Type help or ? to list commands."
    prompt = "(todo) "

    def __init__(self, **kw):
        super().__init__(**kw)
        self.items = []

    def do_add(self, arg):
        """add TEXT -- add an item"""
        if not arg:
            print("*** nothing to add")
            return
        self.items.append(arg)
        print(f"added #{len(self.items)}: {arg}")

    def do_list(self, arg):
        """list -- show all items"""
        for i, item in enumerate(self.items, 1):
            print(f"{i:>2}. {item}")
        if not self.items:
            print("(empty)")

    def do_done(self, arg):
        try:
            n = int(arg)
            print("done:", self.items.pop(n - 1))
        except (ValueError, IndexError):
            print("*** invalid item number:", repr(arg))

    def help_done(self):
        print("done N -- remove item N")

    def help_usage(self):
        print("Usage notes: items are kept in memory only.")

    def do_shell(self, arg):
        print("would run:", arg)

    def do_undocumented(self, arg):
        pass

    def do_quit(self, arg):
        """quit -- leave the shell"""
        print("bye")
        return True

    def do_EOF(self, arg):
        return self.do_quit(arg)

    def precmd(self, line):
        return line.lower() if line.startswith("LIST") else line

    def postcmd(self, stop, line):
        if line and not stop:
            print("[ran %r]" % line)
        return stop

    def preloop(self):
        print("-- preloop --")

    def postloop(self):
        print("-- postloop --")

    def emptyline(self):
        print("(empty line ignored)")


shell = TodoShell()
for line in ["add buy milk", "add write report", "list", "done 1", "done 9", "done x", "?", "help add",
             "help done", "help usage", "help nothing", "!ls -l", "bogus command", "", "add", "  list  "]:
    print(">>>", repr(line))
    stop = shell.onecmd(line)
    print("stop =", stop, "lastcmd =", repr(shell.lastcmd))
print(shell.parseline("add  spaced   arg "), shell.parseline("?x"), shell.parseline("!cmd"), shell.parseline("123abc def"))
print(shell.completenames("d"), sorted(shell.complete_help("u")))
out = io.StringIO()
scripted = TodoShell(stdin=io.StringIO("add one\nadd two\n\nLIST\nquit\n"), stdout=out)
scripted.use_rawinput = False
scripted.cmdloop()
print(repr(out.getvalue()))
s2 = TodoShell(stdin=io.StringIO("add x\n"), stdout=io.StringIO())
s2.use_rawinput = False
s2.cmdqueue = ["add queued"]
s2.cmdloop(intro="custom intro")
print(s2.items, s2.stdout.getvalue().splitlines()[:2])
c = cmd.Cmd(stdout=io.StringIO())
c.columnize([str(i) * (i % 7 + 1) for i in range(40)], displaywidth=40)
c.columnize([])
c.columnize(["only"])
try:
    c.columnize(["a", 1, "b", None])
except TypeError as e:
    print("TypeError", e)
print(c.stdout.getvalue())
c2 = cmd.Cmd(stdout=io.StringIO())
c2.onecmd("help")
c2.onecmd("nothing")
print(repr(c2.stdout.getvalue()), cmd.Cmd.prompt, cmd.Cmd.identchars[-5:])
