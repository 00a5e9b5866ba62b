# Protocol 4 frames: large pickles are cut into frames of about 64 KiB; big payloads stand alone.
import hashlib
import pickle

for value in ([b"x" * 100] * 1000, "y" * 70000, b"z" * 70000, list(range(30000)), {str(i): i for i in range(5000)},
              [b"a" * 40000, b"b" * 40000]):
    for proto in (4, 5):
        data = pickle.dumps(value, proto)
        print(proto, len(data), data.count(pickle.FRAME), hashlib.sha256(data).hexdigest()[:16],
              pickle.loads(data) == value)
print(pickle.dumps(None, 4), pickle.dumps(1, 4), pickle.dumps(300, 4), pickle.dumps("ab", 4))
