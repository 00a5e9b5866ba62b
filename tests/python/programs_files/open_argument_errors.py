# open() argument checking: types, modes, buffering, closefd, opener; messages as CPython's.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "x.txt")
    with open(p, "w") as f:
        f.write("x")
    cases = [
        ((12.5,), {}), ((None,), {}), ((b"",), {}), ((p, 5), {}), ((p, "r"), {"encoding": 5}),
        ((p, "r"), {"errors": 3}), ((p, "r"), {"newline": 1}), ((p, "r"), {"buffering": "big"}),
        ((p, "rb"), {"newline": "\n"}), ((p, "rb"), {"errors": "strict"}), ((p, "r"), {"closefd": False}),
        ((p, "rt+"), {}), ((p, "U"), {}), ((p, "rU"), {}), ((p, "+"), {}), ((p, "bb"), {}),
        ((p,), {"bogus": 1}), ((), {}), ((p, "r", -1, None, None, None, True, None, 9), {}),
    ]
    for args, kwargs in cases:
        shown = tuple(os.path.basename(a) if a == p else a for a in args)
        try:
            f = open(*args, **kwargs)
            print(shown, kwargs, "opened", f.mode)
            f.close()
        except (TypeError, ValueError, OSError) as e:
            print(shown, kwargs, type(e).__name__, str(e).replace(tmp, "<tmp>"))

    def opener(path, flags):
        print("opener called for", os.path.basename(path), flags & os.O_ACCMODE == os.O_RDONLY)
        return os.open(path, flags)
    with open(p, opener=opener) as f:
        print(f.read(), f.name == p)
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read())
    with open(p, "r", buffering=1) as f:
        print(f.line_buffering, f.read())
    with open(p, "rb", buffering=16) as f:
        print(type(f).__name__, f.read())
    import pathlib
    with open(pathlib.Path(p)) as f:
        print(type(f.name).__name__, f.read())
    with open(p.encode()) as f:
        print(type(f.name).__name__, f.read())
