# An `ls -l` style listing with fixed permissions and times, sorted by name, size and mtime.
import datetime
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    spec = [("script.sh", 0o755, 120, 1_600_000_000), ("notes.txt", 0o644, 4096, 1_650_000_000),
            ("secret.key", 0o600, 64, 1_500_000_000), ("readonly.cfg", 0o444, 10, 1_700_000_000)]
    for name, mode, size, mtime in spec:
        p = os.path.join(tmp, name)
        with open(p, "wb") as f:
            f.write(b"x" * size)
        os.chmod(p, mode)
        os.utime(p, (mtime, mtime))
    os.mkdir(os.path.join(tmp, "subdir"), 0o750)
    os.chmod(os.path.join(tmp, "subdir"), 0o750)
    os.utime(os.path.join(tmp, "subdir"), (1_550_000_000, 1_550_000_000))

    def row(name):
        st = os.stat(os.path.join(tmp, name))
        when = datetime.datetime.fromtimestamp(st.st_mtime, tz=datetime.timezone.utc)
        size = "-" if stat.S_ISDIR(st.st_mode) else st.st_size
        return f"{stat.filemode(st.st_mode)} {size:>6} {when:%Y-%m-%d %H:%M} {name}"

    names = sorted(os.listdir(tmp))
    for n in names:
        print(row(n))
    print("by size:", sorted((n for n in names if os.path.isfile(os.path.join(tmp, n))),
                             key=lambda n: os.path.getsize(os.path.join(tmp, n)), reverse=True))
    print("by mtime:", sorted(names, key=lambda n: os.path.getmtime(os.path.join(tmp, n))))
    st = os.stat(os.path.join(tmp, "script.sh"))
    print(oct(stat.S_IMODE(st.st_mode)), stat.S_IFMT(st.st_mode) == stat.S_IFREG, bool(st.st_mode & stat.S_IXUSR))
    print(st.st_mtime, st.st_mtime_ns, int(st.st_mtime) == st[stat.ST_MTIME])
    print(os.access(os.path.join(tmp, "script.sh"), os.X_OK), os.access(os.path.join(tmp, "missing"), os.F_OK))
    for flag in ("S_IRUSR", "S_IWUSR", "S_IXUSR", "S_IRWXG", "S_IROTH", "S_ISUID", "S_IFDIR", "S_IFLNK"):
        print(flag, oct(getattr(stat, flag)))
    print(stat.S_ISLNK(os.lstat(tmp).st_mode), stat.S_ISDIR(os.lstat(tmp).st_mode))
    os.chmod(os.path.join(tmp, "readonly.cfg"), 0o644)
