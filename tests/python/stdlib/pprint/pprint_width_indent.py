# width, indent, depth and compact
import pprint

data = {'alpha': list(range(15)), 'beta': {'x': 'a' * 30, 'y': ['b' * 20, 'c' * 20]}, 'gamma': (1, 2, 3)}
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=3)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=30)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint([[1, 2], [3, 4]] * 5, compact=True, width=20)
pprint.pprint(10 ** 12, underscore_numbers=True)
pprint.pprint({'k': 1234567}, underscore_numbers=True)
