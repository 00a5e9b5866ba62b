"""cmd.Cmd: onecmd dispatch, help with documented/undocumented/misc sections, help_ methods, parseline, default and emptyline, cmdloop over a given stdin with intro and EOF, columnize widths."""
import cmd, io, sys
class Shell(cmd.Cmd):
    intro = "Welcome to the test shell. Type help or ? to list commands."
    prompt = "(test) "
    def __init__(self, **kw):
        super().__init__(**kw); self.total = 0
    def do_add(self, arg):
        "Add numbers: ADD 1 2 3"
        nums = [int(x) for x in arg.split()]
        self.total += sum(nums); print("total:", self.total)
    def do_reset(self, arg):
        self.total = 0; print("reset")
    def help_reset(self):
        print("Reset the total to zero.")
    def do_quit(self, arg):
        "Quit the shell"
        print("bye"); return True
    def do_undoc(self, arg): print("undoc", repr(arg))
    def help_topic(self): print("A misc topic.")
    def default(self, line): print("what?", line)
    def emptyline(self): print("(empty)")
    def precmd(self, line): return line.lower()
s = Shell()
for line in ["add 1 2 3", "ADD 4", "help", "help add", "help reset", "help nothing", "?quit", "!ls", "", "unknown 5", "undoc  spaced  arg ", "reset"]:
    r = s.onecmd(s.precmd(line)); print("->", r)
print(s.parseline("add 1 2"), s.parseline("? add"), s.parseline("  "), s.parseline("!x"), s.parseline("123 abc"))
s2 = Shell(stdin=io.StringIO("add 5\n\nadd 1\nquit\nadd 100\n"), stdout=sys.stdout); s2.use_rawinput = False
s2.cmdloop()
print(s2.total, s2.lastcmd)
c = cmd.Cmd(stdout=sys.stdout)
c.columnize([str(i) * (i % 7 + 1) for i in range(40)], 60)
c.columnize(["alpha", "beta", "gamma"]); c.columnize([]); c.columnize(["one"])
c.columnize(["x" * 30, "y" * 30, "z" * 30], 50)
try: c.columnize(["a", 1, "b", None])
except TypeError as e: print("TypeError", e)
class Many(cmd.Cmd):
    pass
for i in range(25): setattr(Many, "do_command%02d" % i, lambda self, arg: None)
Many(stdout=sys.stdout).onecmd("help")
class EofShell(Shell):
    def precmd(self, line): return line
    def do_EOF(self, arg):
        print("EOF reached"); return True
s3 = EofShell(stdin=io.StringIO("add 2\n"), stdout=sys.stdout); s3.use_rawinput = False
s3.cmdloop("custom intro")
print(s3.completenames("a"), sorted(s3.complete_help("re")))
