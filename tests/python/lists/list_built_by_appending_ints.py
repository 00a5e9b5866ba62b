"""Lists built by appending ints (which Weft keeps as longs) behave as any list: reads, slices,
sorting, popping, item and slice assignment, a str or bool arriving later, copies and pickling."""
l = []
for i in range(1000, 1010): l.append(i)
print(l, len(l), l[3], l[-1], l[2:5], l[::-3], sum(l), max(l), 1005 in l, l.index(1005))
l.append(True); print(l[-3:], type(l[-1]))
m = []
m.append(5); m.append(2**70); print(m)
n = []
for i in [3, 1, 2, 10**5, -7]: n.append(i)
n.sort(); print(n); n.sort(reverse=True); print(n)
n[0] = 99; print(n); n[1] = 'x'; print(n)
p = []; p.append(1); p.append(2); p.append(3)
print(p.pop(), p, p.pop(0), p)
q = []; q.append(7); q.insert(0, 6); print(q)
r = []; r.append(1); r.append(2); r.remove(1); print(r)
s = []; s.append(300); s.append(400); s.reverse(); print(s, s * 2, s + [1], s == [400, 300], s < [500])
t = []; t.append(1); t *= 3; print(t); t *= 0; print(t)
u = []; u.append(5); u[0:1] = [1, 2, 3]; print(u); del u[1]; print(u); del u[::2]; print(u)
v = []; v.append(1000); x = v[0]; print(x == v[0], repr(v), str(v), v.copy(), list(reversed(v)))
w = []; w.append(2**63 - 1); w.append(-2**63); print(w, [i + 1 for i in w])
import sys
a = []
for i in range(100): a.append(i)
print(sys.getsizeof(a), sys.getsizeof([]))
b = []; b.append(1); b.extend([2, 3]); print(b); b.clear(); b.append('z'); print(b)
c = []; c.append(5); c.sort(key=lambda z: -z); print(c)
d = []
for i in range(5): d.append(i * 1000)
print(sorted(d, reverse=True), d.count(1000), list(enumerate(d))[:2], tuple(d), set(d) == set(d), str(d))
e = []; e.append(3); e += [4]; print(e); it = iter(e); print(next(it), list(it))
f = []; f.append(1); f.append(2)
import copy, json, pickle
print(copy.deepcopy(f), json.dumps(f), pickle.loads(pickle.dumps(f)), f.__reduce_ex__(2)[0].__name__)
g = []; g.append(10); g[0] += 5; print(g); g[0] = 2.5; print(g)
