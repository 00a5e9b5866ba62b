# Tutorial 11: reprlib, pprint, textwrap, Template, struct, array, deque, bisect, heapq, decimal.
import reprlib
print(reprlib.repr(set('supercalifragilisticexpialidocious')))
import pprint
t = [[[['black', 'cyan'], 'white', ['green', 'red']], [['magenta',
    'yellow'], 'blue']]]
pprint.pprint(t, width=30)
import textwrap
doc = """The wrap() method is just like fill() except that it returns
a list of strings instead of one big string with newlines to separate
the wrapped lines."""
print(textwrap.fill(doc, width=40))
from string import Template
t = Template('${village}folk send $$10 to $cause.')
print(t.substitute(village='Nottingham', cause='the ditch fund'))
t = Template('Return the $item to $owner.')
d = dict(item='unladen swallow')
try:
    t.substitute(d)
except KeyError as e:
    print('KeyError:', e)
print(t.safe_substitute(d))
import struct
header = struct.pack('<IIIHH', 0x04034b50, 20, 0xdeadbeef, 12, 0)
crc32, comp_size, uncomp_size = struct.unpack('<III', header[4:16])[0], 0, 0
print(len(header), hex(crc32), struct.unpack('<IIIHH', header))
from array import array
a = array('H', [4000, 10, 700, 22222])
print(sum(a), a[1:3])
from collections import deque
d = deque(["task1", "task2", "task3"])
d.append("task4")
print("Handling", d.popleft(), d)
import bisect
scores = [(100, 'perl'), (200, 'tcl'), (400, 'lua'), (500, 'python')]
bisect.insort(scores, (300, 'ruby'))
print(scores)
from heapq import heapify, heappop, heappush
data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]
heapify(data)
heappush(data, -5)
print([heappop(data) for i in range(3)])
from decimal import Decimal, getcontext
print(round(Decimal('0.70') * Decimal('1.05'), 2), round(.70 * 1.05, 2))
print(Decimal('1.00') % Decimal('.10'), 1.00 % 0.10)
print(sum([Decimal('0.1')]*10) == Decimal('1.0'), 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 == 1.0)
getcontext().prec = 36
print(Decimal(1) / Decimal(7))
import weakref, gc
class A:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return str(self.value)
a = A(10)
dd = weakref.WeakValueDictionary()
dd['primary'] = a
print(dd['primary'])
import locale
print(locale.format_string('%d', 1234567, grouping=False))
