# Bad argument types reaching the JSON encoder and scanner (and a deque maxlen past ssize_t) raise
# CPython's TypeError/ValueError/OverflowError, not internal errors.
import json, collections
for kw in [dict(indent="  "), dict(indent=2), dict(indent=2.5), dict(indent=[1]), dict(separators=(1, 2)), dict(separators=(",",)), dict(separators=("a", "b", "c")), dict(sort_keys=1), dict(indent=-1), dict(indent=True)]:
    try:
        print(kw, repr(json.dumps({"a": [1, 2]}, **kw)))
    except Exception as e:
        print(kw, type(e).__name__, e)
for ml in [2, -1, 2.5, "3", None, 2**70, True]:
    try:
        print(ml, collections.deque([1, 2, 3], maxlen=ml))
    except Exception as e:
        print(ml, type(e).__name__, e)
for idx in [0, 1, -1, 2.0, "0", 10]:
    try:
        print(idx, json.JSONDecoder().raw_decode('[1] x', idx))
    except Exception as e:
        print(idx, type(e).__name__, e)
