# Operations on closed files and unsupported operations.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "c.txt")
    f = open(p, "w")
    f.write("hello\n")
    f.close()
    f.close()
    print("closed:", f.closed)
    for name, call in [("write", lambda: f.write("x")), ("read", lambda: f.read()),
                       ("readline", lambda: f.readline()), ("tell", lambda: f.tell()),
                       ("seek", lambda: f.seek(0)), ("flush", lambda: f.flush()),
                       ("iter", lambda: next(iter(f))), ("fileno", lambda: f.fileno()),
                       ("truncate", lambda: f.truncate()), ("writelines", lambda: f.writelines([]))]:
        try:
            call()
            print(name, "ok")
        except ValueError as e:
            print(name, type(e).__name__, e)

    with open(p) as r:
        for name, call in [("write", lambda: r.write("x")), ("truncate", lambda: r.truncate(0)),
                           ("writelines", lambda: r.writelines(["x"]))]:
            try:
                call()
            except io.UnsupportedOperation as e:
                print(name, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    with open(p, "w") as w:
        for name, call in [("read", lambda: w.read()), ("readline", lambda: w.readline()),
                           ("iter", lambda: list(w))]:
            try:
                call()
            except io.UnsupportedOperation as e:
                print(name, type(e).__name__, e)
    with open(p, "rb") as rb:
        try:
            rb.write(b"x")
        except io.UnsupportedOperation as e:
            print("rb write", e)
    try:
        with open(p) as r:
            pass
        r.read()
    except ValueError as e:
        print("after with:", e)
    s = io.StringIO("abc")
    s.close()
    try:
        s.getvalue()
    except ValueError as e:
        print("StringIO:", e)
    b = io.BytesIO(b"abc")
    b.close()
    try:
        b.read()
    except ValueError as e:
        print("BytesIO:", e)
    f = open(p)
    f.close()
    f.readlines()
