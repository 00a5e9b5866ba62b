# pickle: round trips of the documented example data, custom reduce, persistent state, protocol bytes for small values.
import pickle, io, copyreg
data = {
    'a': [1, 2.0, 3+4j],
    'b': ("character string", b"byte string"),
    'c': {None, True, False}
}
s = pickle.dumps(data, pickle.HIGHEST_PROTOCOL)
print(pickle.loads(s) == data, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for proto in range(0, 6):
    print(proto, pickle.dumps(None, proto), pickle.dumps(True, proto), pickle.dumps(7, proto), pickle.dumps('a', proto) if proto > 2 else '')
print(pickle.dumps([1, 'x', (2, 3)], 4), pickle.dumps({'k': b'v'}, 5))
class TextReader:
    def __init__(self, lines):
        self.lines = lines
        self.lineno = 0
        self.fh = iter(lines)
    def readline(self):
        self.lineno += 1
        return next(self.fh, '')
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['fh']
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.fh = iter(self.lines[self.lineno:])
reader = TextReader(['1: hello', '2: world', '3: end'])
print(reader.readline())
new_reader = pickle.loads(pickle.dumps(reader))
print(new_reader.readline(), new_reader.lineno)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        return (Pt, (self.x, self.y))
    def __repr__(self):
        return f'Pt({self.x}, {self.y})'
print(pickle.loads(pickle.dumps([Pt(1, 2)] * 2)), pickle.loads(pickle.dumps(Pt)) is Pt)
class Angle:
    def __init__(self, deg):
        self.deg = deg
copyreg.pickle(Angle, lambda a: (Angle, (a.deg * 2,)))
print(pickle.loads(pickle.dumps(Angle(10))).deg)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump('first')
p.dump([1, 2])
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__ + ':', str(e).split(' at 0x')[0])
try:
    pickle.loads(b'garbage')
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)
r = []
r.append(r)
rr = pickle.loads(pickle.dumps(r))
print(rr[0] is rr, pickle.loads(pickle.dumps(frozenset({1}))), pickle.loads(pickle.dumps(range(1, 9, 2))), pickle.loads(pickle.dumps(slice(1, 2))))
