# A teaching classic: which lines of a function ran, counted with sys.settrace.
import sys
from collections import Counter

counts = Counter()


def local(frame, event, arg):
    if event == 'line':
        counts[frame.f_lineno - frame.f_code.co_firstlineno] += 1
    return local


def start(frame, event, arg):
    return local if frame.f_code.co_name == 'collatz' else None


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


sys.settrace(start)
print("steps:", collatz(27))
sys.settrace(None)
for offset, hits in sorted(counts.items()):
    print("def+%d: %d" % (offset, hits))

frame = sys._getframe()
print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes, sys.gettrace())
