# pdb stepping onto a line that raises: the exception line, then each frame it unwinds
# ('--Return--' with no value), up to the caller of runcall.
import pdb

from pdbsupport import debugger, load

SRC = '''\
def parse(text):
    numbers = []
    for part in text.split(','):
        numbers.append(int(part))
    return numbers

def average(text):
    numbers = parse(text)
    return sum(numbers) / len(numbers)
'''
ns = load('steps', SRC)


try:
    debugger("s\ns\ns\nn\nn\nn\nn\nn\nn\nn\nn\nc\n").runcall(ns['average'], '4,y')
except ValueError as e:
    print('ValueError', e)
try:
    debugger("b 4, part == 'y'\nc\nw\nn\nr\nr\nc\n").runcall(ns['average'], '4,y')
except ValueError as e:
    print('ValueError', e)
try:
    debugger("until\nn\nn\nn\nc\n").runcall(ns['average'], '1,/')
except ValueError as e:
    print('ValueError', e)
