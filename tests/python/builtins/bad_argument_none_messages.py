# CPython's argument clinic names None "None", not "NoneType", in bad-argument messages
import sys
calls = [lambda: sys.intern(None), lambda: (1).__format__(None), lambda: "x".__format__(None), lambda: format(1, None),
         lambda: bytes.fromhex(None), lambda: float.fromhex(None), lambda: __import__(None), lambda: "x".replace(None, "y"),
         lambda: "x".encode(None), lambda: b"x".decode(None), lambda: str(b"x", None), lambda: "x".removeprefix(None),
         lambda: super(None), lambda: b"x".center(3, None), lambda: (1).to_bytes(1, None)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
