import contextlib, tempfile, os

with tempfile.TemporaryDirectory() as d:
    names = [os.path.join(d, f"part{i}.txt") for i in range(3)]
    for i, n in enumerate(names):
        with open(n, "w") as f:
            f.write(f"content {i}\n" * (i + 1))
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(n)) for n in names]
        print([len(f.readlines()) for f in files])
        print([f.closed for f in files])
    print([f.closed for f in files])
    def cleanup(name):
        print("cleanup", os.path.basename(name))
    with contextlib.ExitStack() as stack:
        for n in names:
            stack.callback(cleanup, n)
        print("work done")
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(open(names[0]))
            stack.enter_context(open(os.path.join(d, "missing.txt")))
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback:{type(e).__name__}")
        raise
    finally:
        log.append("end")
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise KeyError("x")
except KeyError:
    pass
print(log)
class Managed:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None); return self.name == "swallower"
with Managed("outer"), Managed("swallower"):
    raise ValueError("inner problem")
print("continued")
with contextlib.suppress(FileNotFoundError):
    os.remove("/definitely/not/here.txt")
print(contextlib.suppress(KeyError).__class__.__name__)
async_names = [n for n in ("asynccontextmanager", "AsyncExitStack", "aclosing") if hasattr(contextlib, n)]
print(async_names)
