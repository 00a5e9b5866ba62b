# extract_tb, format_tb, FrameSummary, StackSummary
import traceback, os

def level2():
    raise IndexError('deep')

def level1():
    level2()

try:
    level1()
except IndexError as e:
    tb = e.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
print([ (fs.name, fs.line) for fs in traceback.extract_tb(tb, limit=2)])
for line in traceback.format_tb(tb):
    print(line.replace(os.path.abspath(__file__), 'F').replace(__file__, 'F'), end='')
name, lineno, func, text = summary[-1][0], summary[-1][1], summary[-1][2], summary[-1][3]
print(lineno, func, text)
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1'), ('g.py', 7, '<module>', '')]))
