import os, tempfile
# Every method of closed binary and text files: CPython's ValueError messages differ by type and method.
tmp = tempfile.mkdtemp(); p = os.path.join(tmp, "a.bin")
open(p, "wb").write(b"abc\n")
calls = {"read": (), "read1": (), "readline": (), "readlines": (), "readinto": (bytearray(2),), "peek": (),
         "write": (b"x",), "writelines": ([b"x"],), "seek": (0,), "tell": (), "truncate": (), "flush": (),
         "fileno": (), "isatty": (), "readable": (), "writable": (), "seekable": (), "__next__": (), "__iter__": (),
         "__enter__": (), "readall": (), "close": (), "detach": ()}
for mode, buf in [("rb", -1), ("wb", -1), ("r+b", -1), ("rb", 0), ("wb", 0), ("r", -1), ("w", -1), ("r+", -1)]:
    f = open(p, mode, buffering=buf)
    f.close()
    out = []
    for name, args in calls.items():
        m = getattr(f, name, None)
        if m is None:
            continue
        if name in ("write",) and "b" not in mode:
            args = ("x",)
        if name == "writelines" and "b" not in mode:
            args = (["x"],)
        try:
            m(*args)
            out.append(f"{name}=ok")
        except Exception as e:
            out.append(f"{name}={type(e).__name__}:{e}")
    print(mode, buf, type(f).__name__)
    for o in out:
        print("   ", o)
import shutil; shutil.rmtree(tmp)
