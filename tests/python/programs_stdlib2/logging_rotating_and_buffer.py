import logging
import logging.handlers
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.log")
    log = logging.getLogger("rot")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    log.addHandler(handler)
    for i in range(8):
        log.info("message number %d", i)
    handler.close()
    log.removeHandler(handler)
    for name in sorted(os.listdir(tmp)):
        with open(os.path.join(tmp, name)) as f:
            print(name, f.read().splitlines())

    fpath = os.path.join(tmp, "plain.log")
    fh = logging.FileHandler(fpath, mode="w", encoding="utf-8")
    fh.setFormatter(logging.Formatter("%(name)s|%(message)s"))
    log.addHandler(fh)
    log.warning("to file é")
    fh.close()
    log.removeHandler(fh)
    with open(fpath, encoding="utf-8") as f:
        print(repr(f.read()))
    print(fh.baseFilename == fpath, fh.mode, fh.encoding)
    delayed = logging.FileHandler(os.path.join(tmp, "never.log"), delay=True)
    delayed.close()
    print(os.path.exists(os.path.join(tmp, "never.log")))

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("flushed: %(message)s"))
mem = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
buf_log = logging.getLogger("buffered")
buf_log.propagate = False
buf_log.addHandler(mem)
buf_log.setLevel(logging.DEBUG)
buf_log.info("one")
buf_log.info("two")
print("nothing yet", len(mem.buffer))
buf_log.info("three")
print("after capacity", len(mem.buffer))
buf_log.info("four")
buf_log.error("five is an error")
buf_log.info("six")
mem.close()

q = []


class QueueLike:
    def put_nowait(self, item):
        q.append(item)


qh = logging.handlers.QueueHandler(QueueLike())
ql = logging.getLogger("queued")
ql.propagate = False
ql.addHandler(qh)
ql.warning("queued %s", "message")
print(len(q), q[0].getMessage(), q[0].msg, q[0].args, q[0].levelname)
listener_out = logging.StreamHandler(sys.stdout)
listener_out.setFormatter(logging.Formatter("listener got %(message)s"))
listener_out.handle(q[0])
