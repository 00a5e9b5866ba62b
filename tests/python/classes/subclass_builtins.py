class Stack(list):
    def push(self, v): self.append(v)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = key * 2
        return v
d = DefaultDict()
print(d["ab"], d, d.get("zz"))
class Name(str):
    def shout(self): return self.upper() + "!"
print(Name("bob").shout(), Name("bob") == "bob")
class Money(float):
    def __repr__(self): return f"${float(self):.2f}"
print(repr(Money(3.5)), Money(1) + Money(2))
class MyTuple(tuple):
    @property
    def first(self): return self[0]
print(MyTuple((9, 8)).first)
