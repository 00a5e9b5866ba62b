# Several threads pickling and unpickling at once: each result is whole and equal to the input.
import pickle
import threading

data = {"ints": list(range(200)), "text": ["w%d" % i for i in range(100)], "nested": [(i, {i: [i]}) for i in range(50)]}
expected = {p: pickle.dumps(data, p) for p in range(6)}
errors = []


def work(k):
    for n in range(20):
        proto = (k + n) % 6
        blob = pickle.dumps(data, proto)
        if blob != expected[proto] or pickle.loads(blob) != data:
            errors.append((k, n))


threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
print({p: len(b) for p, b in expected.items()})
