# cmd.Cmd: a small command interpreter driven by a scripted input stream, with help, defaults and completion.
import cmd, io
class CalcShell(cmd.Cmd):
    intro = 'Welcome to the calc shell.   Type help or ? to list commands.\n'
    prompt = '(calc) '
    def __init__(self, **kw):
        super().__init__(**kw)
        self.total = 0
    def do_add(self, arg):
        'Add numbers to the total:  ADD 1 2 3'
        self.total += sum(map(int, arg.split()))
        print('total', self.total, file=self.stdout)
    def do_reset(self, arg):
        'Reset the total to zero'
        self.total = 0
    def help_secret(self):
        print('secret help text', file=self.stdout)
    def do_quit(self, arg):
        'Leave the shell'
        print('Bye', file=self.stdout)
        return True
    def default(self, line):
        print('unknown:', line, file=self.stdout)
    def emptyline(self):
        print('(empty line ignored)', file=self.stdout)
    def precmd(self, line):
        return line.lower()
    def postcmd(self, stop, line):
        return stop
    def complete_add(self, text, line, begidx, endidx):
        return [n for n in ['1', '10', '100'] if n.startswith(text)]
out = io.StringIO()
shell = CalcShell(stdin=io.StringIO('ADD 1 2 3\nadd 4\n\nhelp\nhelp add\nhelp secret\nhelp nothing\n?reset\nfrobnicate now\nreset\nadd 7\nquit\nadd 99\n'), stdout=out)
shell.use_rawinput = False
shell.cmdloop()
print(out.getvalue())
print(shell.completenames('re'), shell.complete_add('1', 'add 1', 4, 5), shell.parseline('add 1 2'), shell.parseline('!ls'), shell.parseline('?x'))
print(shell.onecmd('add 5'), shell.total, shell.lastcmd)
