# The bytes pickle.dumps writes for atoms, for every protocol, and that loads gives them back.
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
          2**63, -2**64, 10**40, 0.0, -0.0, 1.5, 1e100, float("inf"), -float("inf"),
          "", "a", "h\u00e9llo", "\u20ac\U0001f600", "back\\slash\nnew\rline\x00nul\x1a",
          b"", b"abc", bytes(range(256))[:40]]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, repr(v), data, back == v and type(back) is type(v))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 4))
print(pickle.dumps(7, -1))
nan = pickle.loads(pickle.dumps(float("nan"), 0))
print(nan != nan, pickle.dumps(float("nan"), 2))
