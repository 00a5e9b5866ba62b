# contextlib.ExitStack over many files, closing(), suppress(FileNotFoundError), and merging sorted files.
import contextlib
import heapq
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    inputs = []
    for i, nums in enumerate([[1, 4, 9, 16], [2, 3, 5, 7, 11], [0, 10, 20], []]):
        p = os.path.join(tmp, f"sorted{i}.txt")
        with open(p, "w") as f:
            f.writelines(f"{n}\n" for n in nums)
        inputs.append(p)

    merged = os.path.join(tmp, "merged.txt")
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(p)) for p in inputs]
        out = stack.enter_context(open(merged, "w"))
        for line in heapq.merge(*files, key=int):
            out.write(line)
        print("open inside:", sum(not f.closed for f in files))
    print("open after:", sum(not f.closed for f in files))
    with open(merged) as f:
        print(f.read().split())

    with contextlib.suppress(FileNotFoundError):
        os.remove(os.path.join(tmp, "not-there"))
        print("not reached")
    print("suppressed")

    class Resource:
        def __init__(self, name):
            self.name = name
        def close(self):
            print("closing", self.name)
    with contextlib.closing(Resource("db")) as r:
        print("using", r.name)

    try:
        with contextlib.ExitStack() as stack:
            for p in inputs + [os.path.join(tmp, "missing.txt")]:
                stack.enter_context(open(p))
    except FileNotFoundError as e:
        print(type(e).__name__, os.path.basename(e.filename))

    log = []
    with contextlib.ExitStack() as stack:
        stack.callback(log.append, "first registered")
        stack.callback(log.append, "second registered")
        f = stack.enter_context(open(inputs[0]))
        moved = stack.pop_all()
    print(log, f.closed)
    moved.close()
    print(log, f.closed)

    @contextlib.contextmanager
    def atomic_write(path):
        tmp_path = path + ".part"
        f = open(tmp_path, "w")
        try:
            yield f
            f.close()
            os.replace(tmp_path, path)
        except BaseException:
            f.close()
            os.remove(tmp_path)
            raise
    target = os.path.join(tmp, "atomic.txt")
    with atomic_write(target) as f:
        f.write("complete\n")
    try:
        with atomic_write(target) as f:
            f.write("partial")
            raise RuntimeError("boom")
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(open(target).read(), end="")
    print(sorted(os.listdir(tmp)))
