# The memo: shared objects are written once and come back shared; recursive structures work.
import pickle

shared = [1, 2]
obj = [shared, shared, (shared,), {"x": shared}]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data)
    print(back, back[0] is back[1] is back[2][0] is back[3]["x"])

for proto in range(6):
    lst = []
    lst.append(lst)
    d = {}
    d["self"] = d
    t = ([],)
    t[0].append(t)
    for v in (lst, d, t):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, data)
    print(pickle.loads(pickle.dumps(lst, proto))[0][0] is not None,
          (lambda b: b["self"] is b)(pickle.loads(pickle.dumps(d, proto))),
          (lambda b: b[0][0] is b)(pickle.loads(pickle.dumps(t, proto))))

s = "same string"
print(pickle.dumps([s, s], 4), pickle.dumps([s, s], 0))
big = (1, 2, 3, 4, 5)
print(pickle.dumps([big, big], 2))
