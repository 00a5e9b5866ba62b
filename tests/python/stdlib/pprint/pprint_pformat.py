# pformat, sort_dicts, pp, saferepr, isreadable, isrecursive
import pprint

d = {'z': 1, 'a': [2] * 30, 'm': {'y': 1, 'b': 2}}
print(pprint.pformat(d))
print(pprint.pformat(d, sort_dicts=False))
pprint.pp(d)
pprint.pp(d, width=30)
l = [1, 2]
l.append(l)
print(pprint.saferepr(l).split(' with id')[0], pprint.isrecursive(l), pprint.isreadable(l))
print(pprint.isreadable([1, 'a', (None,)]), pprint.isreadable(object()))
print(pprint.pformat('a fairly long string that must be split across lines because it is long ' * 2, width=40))
print(pprint.pformat({'key': 'a fairly long string that must be split across lines because it is long'}, width=40))
