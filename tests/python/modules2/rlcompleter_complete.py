# rlcompleter.Completer completes names, keywords, builtins and attributes over a namespace
import rlcompleter

def f0():
    pass

def f1(x):
    pass

class Point:
    def __init__(self):
        self.x = 1
    @property
    def norm(self):
        raise RuntimeError('properties are not evaluated')
    def move(self, dx):
        pass
    def reset(self):
        pass

ns = {'alpha': 1, 'alfunc': f0, 'alf2': f1, 'Cls': int, 'p': Point()}
c = rlcompleter.Completer(ns)

def all_of(text):
    out, i = [], 0
    while True:
        m = c.complete(text, i)
        if m is None:
            return out
        out.append(m)
        i += 1

print(all_of('al'))
print(all_of('tr'), all_of('fin'), all_of('els'), all_of('gl'), all_of('wh'), all_of('imp'))
print(repr(c.complete('', 0)), repr(c.complete('  ', 1)))
print(all_of('Cls.bit_'), all_of('p.'), all_of('p.no'))
print(c.attr_matches('alpha.re'), len(c.attr_matches('alpha.')) > 5, c.attr_matches('alpha._')[:3])
print(c.attr_matches('nope.x'), c.attr_matches('1.x'), all_of('zzz'))
print(rlcompleter.__all__, sorted(set(rlcompleter.get_class_members(bool))) == sorted(set(dir(bool) + dir(int) + dir(object))))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print('TypeError:', e)
import __main__
__main__.main_only_name_xyz = 5
print(rlcompleter.Completer().complete('main_only_name_x', 0))
