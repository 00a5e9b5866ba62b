# pprint: the documented example with a nested structure, depth, width, compact, sort_dicts, underscore_numbers.
import pprint
stuff = ['spam', 'eggs', 'lumberjack', 'knights', 'ni']
stuff.insert(0, stuff[:])
pp = pprint.PrettyPrinter(indent=4)
pp.pprint(stuff)
pp = pprint.PrettyPrinter(width=41, compact=True)
pp.pprint(stuff)
tup = ('spam', ('eggs', ('lumberjack', ('knights', ('ni', ('dead', ('parrot', ('fresh fruit',))))))))
pp = pprint.PrettyPrinter(depth=6)
pp.pprint(tup)
project_info = {
    'author': 'The Python Packaging Authority',
    'classifiers': ['Development Status :: 3 - Alpha', 'Intended Audience :: Developers',
                    'License :: OSI Approved :: MIT License', 'Programming Language :: Python :: 2'],
    'description': 'A sample Python project',
    'downloads': {'last_day': -1, 'last_month': -1, 'last_week': -1},
    'keywords': 'sample setuptools development',
    'license': 'MIT',
    'name': 'sampleproject',
    'package_url': 'https://pypi.org/project/sampleproject/',
    'requires_dist': None,
    'version': '1.2.0',
}
pprint.pprint(project_info)
pprint.pprint(project_info, depth=1)
pprint.pprint(project_info, depth=2, width=60)
pprint.pp({'b': 1, 'a': [1, 2]}, width=10)
pprint.pprint({'b': 1, 'a': 2}, sort_dicts=False)
pprint.pprint([10 ** 7, 123456789], underscore_numbers=True)
print(pprint.pformat(list(range(30)), width=40))
print(pprint.pformat('a long string ' * 8, width=30))
print(pprint.isreadable([1, 'a']), pprint.isreadable(object()), pprint.isrecursive(stuff))
r = [1]
r.append(r)
import re
print(re.sub(r'id=\d+', 'id=N', pprint.saferepr(r) + ' ' + pprint.pformat({'x': r})))
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(6)), width=40)
pprint.pprint(defaultdict(list, {'key%d' % i: list(range(i)) for i in range(4)}), width=40)
pprint.pprint(Counter('abracadabra simsalabim'), width=40)
pprint.pprint(deque(range(15), maxlen=20), width=30)
pprint.pprint({frozenset({1, 2}): 'fs', (1, 2): b'bytes' * 4}, width=30)
from dataclasses import dataclass, field
@dataclass
class Cfg:
    name: str
    values: list = field(default_factory=list)
pprint.pprint(Cfg('x' * 20, list(range(12))), width=40)
