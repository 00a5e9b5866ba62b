# InteractiveConsole.push: buffering of continuation lines, running, showing errors.
import code
import sys

class Console(code.InteractiveConsole):
    def write(self, data):
        # Errors to stdout, last line only (tracebacks name files).
        print('ERR>', data.strip().splitlines()[-1])

console = Console({'__name__': '__console__'})
for line in ['x = 10', 'if x > 5:', '    print("big", x)', '', 'def f(n):', '    return n * 2', '',
             'print(f(x))', '1 +', 'undefined_name', 'for i in range(2):', '    print(i)', '',
             'x', '[1,', ' 2]', 'raise ValueError("boom")', 'print("after")']:
    more = console.push(line)
    print(f'{line!r:30} more={more}')
print(console.locals['x'], sorted(k for k in console.locals if not k.startswith('__')))

interp = code.InteractiveInterpreter()
print(interp.locals['__name__'])
print(interp.runsource('a = 1'), interp.runsource('if a:'), interp.locals['a'])
print(code.compile_command('x = (') is None)

lines = iter(['y = 3', 'print(y * 2)'])
def reader(prompt):
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
saved = sys.stderr
sys.stderr = sys.stdout
try:
    code.interact(banner='hello console', readfunc=reader, local={}, exitmsg='bye')
finally:
    sys.stderr = saved
