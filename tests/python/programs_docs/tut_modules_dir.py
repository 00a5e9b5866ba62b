# Tutorial 6: modules, __name__, dir(), sys.modules, importing names and packages from the standard library.
import sys
import types
fibo = types.ModuleType('fibo', 'Fibonacci numbers module')
exec('''
def fib(n):
    a, b = 0, 1
    while a < n:
        print(a, end=' ')
        a, b = b, a+b
    print()

def fib2(n):
    result = []
    a, b = 0, 1
    while a < n:
        result.append(a)
        a, b = b, a+b
    return result
''', fibo.__dict__)
sys.modules['fibo'] = fibo
import fibo
fibo.fib(1000)
print(fibo.fib2(100), fibo.__name__, fibo.__doc__)
fib = fibo.fib
fib(500)
from fibo import fib2 as fibonacci
print(fibonacci(50))
print(sorted(n for n in dir(fibo) if not n.startswith('__')), __name__)
a = [1, 2, 3, 4, 5]
print([n for n in dir() if not n.startswith('_')])
import builtins
names = dir(builtins)
print(len([n for n in names if n[0].isupper() and n.endswith('Error')]) > 30, 'print' in names, 'open' in names)
print(sys.ps1 if hasattr(sys, 'ps1') else 'no ps1 when not interactive')
import os.path as osp
print(osp.join('a', 'b'), osp.splitext('x.tar.gz'), osp.basename('/p/q.py'))
from json import decoder
print(decoder.__name__, decoder.__package__, type(sys.path).__name__)
import xml.etree.ElementTree as ET
print(ET.__name__.split('.'), ET.fromstring('<a><b/></a>')[0].tag)
import importlib
m = importlib.import_module('collections.abc')
print(m.__name__, m is sys.modules['collections.abc'], 'collections' in sys.modules)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    from json import no_such_name
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
