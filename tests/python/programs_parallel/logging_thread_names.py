import logging
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s [%(threadName)s] %(name)s: %(message)s")
log = logging.getLogger("worker")

def job(n, gate_in, gate_out):
    gate_in.wait()
    log.info("processing item %d", n)
    if n == 2:
        log.warning("item %d looks odd", n)
    gate_out.set()

log.debug("starting")
events = [threading.Event() for _ in range(4)]
threads = []
for i in range(3):
    t = threading.Thread(target=job, args=(i, events[i], events[i + 1]), name=f"Worker-{i}")
    threads.append(t)
    t.start()
events[0].set()
for t in threads:
    t.join()
log.info("all %s threads done", len(threads))

def pooled(n):
    logging.getLogger("pool").error("value=%r", n)
    return n
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="Pool") as ex:
    list(ex.map(pooled, ["x", 2.5]))

fmt = logging.Formatter("%(threadName)s|%(funcName)s|%(lineno)d|%(message)s")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(fmt)
other = logging.getLogger("custom")
other.propagate = False
other.addHandler(handler)
def inner():
    other.critical("from %s", threading.current_thread().name)
t = threading.Thread(target=inner, name="T-custom")
t.start()
t.join()
inner()
try:
    1 / 0
except ZeroDivisionError:
    log.error("caught: %s", "division", exc_info=False)
logging.shutdown()
