import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s|%(name)s|%(funcName)s|%(message)s")
log = logging.getLogger("app")


def work(n):
    log.debug("starting work on %d items", n)
    for i in range(n):
        if i % 2:
            log.info("item %d is odd", i)
    log.warning("finished with %s", {"n": n})


work(4)
logging.info("root info")
logging.warning("root %s %s", "two", "args")
log.error("error: %r", "quoted")
log.critical("critical!")
log.log(25, "custom level 25")
logging.addLevelName(25, "NOTICE")
log.log(25, "named level now")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(35))
print(logging.getLevelName(logging.WARNING), logging.WARN, logging.FATAL)

child = logging.getLogger("app.db")
print(child.name, child.parent.name, child.getEffectiveLevel())
child.setLevel(logging.ERROR)
child.warning("hidden")
child.error("shown from child")
print(child.isEnabledFor(logging.WARNING), child.isEnabledFor(logging.CRITICAL))
print(repr(log), repr(child), repr(logging.getLogger()))
log.setLevel("WARNING")
print(log.level, log.getEffectiveLevel(), logging.getLogger("app").level)
log.info("suppressed")
log.warning("percent %% literal and %5.2f float", 3.14159)
log.warning("no args but %s stays")
log.warning({"dict": "message"})
log.warning("dict arg %(a)s and %(b)d", {"a": "x", "b": 7})
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)

logging.disable(logging.ERROR)
log.error("disabled error")
log.critical("critical passes")
logging.disable(logging.NOTSET)
log.error("enabled again")

other = logging.getLogger("other")
other.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s] %(levelno)s %(message)s"))
other.addHandler(h)
other.warning("own handler only")
print(other.hasHandlers(), len(other.handlers), repr(h))
other.removeHandler(h)
print(other.hasHandlers())
