# logging.handlers: MemoryHandler, QueueHandler/QueueListener, RotatingFileHandler with a namer, WatchedFileHandler.
import logging
import logging.handlers
import os
import queue
import sys
import tempfile

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)

mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
log.addHandler(mem)
log.info("one")
log.info("two")
print("buffered:", len(mem.buffer))
log.error("three flushes")
print("after flush:", len(mem.buffer))
log.info("left in buffer")
mem.close()
log.removeHandler(mem)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
listener = logging.handlers.QueueListener(q, out)
log.addHandler(qh)
listener.start()
log.warning("via queue %d", 7)
listener.stop()
log.removeHandler(qh)

with tempfile.TemporaryDirectory() as tmp:
    rh = logging.handlers.RotatingFileHandler(os.path.join(tmp, "r.log"), maxBytes=20, backupCount=3)
    rh.namer = lambda name: name.replace(".log.", ".") + ".old"
    rh.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(rh)
    for i in range(6):
        log.info("record %d", i)
    rh.close()
    log.removeHandler(rh)
    print(sorted(os.listdir(tmp)))
    wh = logging.handlers.WatchedFileHandler(os.path.join(tmp, "w.log"))
    log.addHandler(wh)
    log.info("before move")
    os.rename(os.path.join(tmp, "w.log"), os.path.join(tmp, "w.moved"))
    log.info("after move")
    wh.close()
    log.removeHandler(wh)
    print(open(os.path.join(tmp, "w.log")).read().split("\n"), open(os.path.join(tmp, "w.moved")).read().split("\n"))
print(logging.handlers.SysLogHandler.LOG_LOCAL0, logging.handlers.DEFAULT_TCP_LOGGING_PORT)
