# os.utime with times=, ns= (large), follow_symlinks=False, and its argument errors.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "f")
    open(p, "w").close()
    os.utime(p, (1.5, 2.25))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns)
    os.utime(p, ns=(1_500_000_000, 4_000_000_000_000_000_001))
    st = os.stat(p)
    print(st.st_atime_ns, st.st_mtime_ns)
    link = os.path.join(tmp, "l")
    os.symlink(p, link)
    os.utime(link, ns=(5, 7_000_000_000), follow_symlinks=False)
    print(os.lstat(link).st_mtime_ns, os.stat(link).st_mtime_ns == st.st_mtime_ns)
    for kwargs in [{"times": (1, 2), "ns": (1, 2)}, {"times": 5}, {"ns": (1,)}, {"times": (1, 2, 3)}]:
        try:
            os.utime(p, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        os.utime(os.path.join(tmp, "missing"), (0, 0))
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
