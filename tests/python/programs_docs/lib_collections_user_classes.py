# collections: UserDict, UserList, UserString subclasses from the documentation-style examples.
from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data
d = LowerDict({'Apple': 1})
d['BANANA'] = 2
d.update(Cherry=3)
print(d, d['apple'], 'APPLE' in d, d.get('Banana'), len(d), list(d), d.data, d.copy(), type(d.copy()).__name__)
class Missing(UserDict):
    def __missing__(self, key):
        return f'<{key}>'
m = Missing(a=1)
print(m['a'], m['b'], m.get('b', 'get-default'), 'b' in m, m | {'c': 3}, {'z': 0} | m)
class Stack(UserList):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s[1:], type(s[1:]).__name__, s + [4], [0] + s, s * 2, 3 in s, s.index(2), s.count(9))
s.sort(reverse=True)
s.extend(Stack([0]))
print(s, s.pop(), s.data, s == [3, 2, 1], s < [4], sorted(Stack([3, 1, 2])))
class Shout(UserString):
    def shout(self):
        return self.upper() + '!'
u = Shout('hello world')
print(u.shout(), type(u.shout()).__name__, u[0], u[1:4], type(u[1:4]).__name__, u.split(), u + '?', '>' + u, u * 2, len(u))
print(u.replace('o', '0'), u.find('w'), u.title(), 'world' in u, u == 'hello world', u < 'i', u.encode(), Shout('%s-%d') % ('a', 1))
print(u.capitalize(), u.center(15, '*'), u.count('l'), u.endswith('ld'), u.partition(' '), u.zfill(13), u.casefold(), hash(u) == hash('hello world'))
print(repr(Shout('q')), str(Shout('q')), int(UserString('42')) + 1, float(UserString('1.5')), UserString(123), UserString(123).data)
