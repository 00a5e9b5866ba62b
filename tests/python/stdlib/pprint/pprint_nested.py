# pprint of nested containers at the default width
import pprint

data = {'name': 'Weft', 'numbers': list(range(30)),
        'nested': {'a': [1, 2, {'deep': ('x', 'y') * 10}], 'b': None},
        'text': 'lorem ipsum dolor sit amet ' * 5, 'set': {5, 3, 1}, 'single': (1,)}
pprint.pprint(data)
pprint.pprint(list(range(5)))
pprint.pprint([{'id': i, 'vals': list(range(i * 3))} for i in range(6)])
pprint.pprint(((1, 2), [3, 4], {5: 6}, {7}, frozenset({8}), 'str', b'bytes', 1.5, None))
