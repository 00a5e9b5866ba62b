# bytearray has its own __reduce__/__reduce_ex__: a subclass keeps its type and attributes
# through pickle and copy, and the argument form depends on the protocol.
import copy
import pickle


class Tagged(bytearray):
    pass


class Slotted(bytearray):
    __slots__ = ("label",)


t = Tagged(b"xyz")
t.note = "kept"
print(t.__reduce__())
for proto in (0, 2, 3, 5):
    print(proto, t.__reduce_ex__(proto))
print(Tagged().__reduce_ex__(1), Tagged().__reduce_ex__(4))
print(bytearray(b"\x80q").__reduce_ex__(2))

s = Slotted(b"ab")
s.label = "L"
print(s.__reduce_ex__(4))

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(t, proto))
    print(proto, type(back).__name__, back, back.note)
    back = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(back).__name__, back, back.label)

c = copy.copy(t)
print(type(c).__name__, c, c.note, c is t)
d = copy.deepcopy(s)
print(type(d).__name__, d, d.label)
