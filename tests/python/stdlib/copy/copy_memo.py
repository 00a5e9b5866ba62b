import copy
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is not a, len(b))
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)
inner = [0]
outer = {'x': inner, 'y': inner, 'z': (inner, inner)}
c = copy.deepcopy(outer)
print(c['x'] is c['y'], c['z'][0] is c['x'], c['z'][1] is c['x'], c['x'] is inner)
memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] == y)
z = copy.deepcopy(x, memo)
print(z is y)
class Node:
    def __init__(self, v):
        self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is not n1)
t = ([1],)
u = copy.deepcopy(t)
print(u == t, u is t, u[0] is t[0])
