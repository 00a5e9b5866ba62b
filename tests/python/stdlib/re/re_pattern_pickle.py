# a compiled pattern pickles as re._compile(pattern, flags), as CPython registers it with copyreg
import re, pickle, copy
p = re.compile(r"(?P<w>\w+)-(\d+)", re.I | re.M)
for proto in range(0, 6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, q == p, q.groupindex, q.match("ab-12").groups())
print(pickle.dumps(re.compile("a"), 0))
print(pickle.dumps(re.compile(b"a", re.S), 2))
print(copy.deepcopy(p) is p, copy.copy(p) is p)
print(pickle.loads(pickle.dumps([p, p]))[0].pattern)
