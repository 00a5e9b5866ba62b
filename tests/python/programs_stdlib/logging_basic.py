import logging, sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warn")
logging.error("error %r", [3])
logging.critical("crit")
log = logging.getLogger("app.sub")
log.info("from child %s", log.name)
print(log.getEffectiveLevel(), log.level, log.parent.name, logging.getLogger("app").parent.name)
log.setLevel(logging.ERROR)
log.warning("hidden")
log.error("shown")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("INFO"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("boom")
print(logging.getLogger() is logging.root, logging.getLogger("x") is logging.getLogger("x"))
other = logging.getLogger("other")
other.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s"))
other.addHandler(h)
other.warning("custom %s", "format")
other.info("below level? %s", other.getEffectiveLevel())
h.setLevel(logging.ERROR)
other.warning("filtered by handler")
other.error("passes handler")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.error("n=%d", i)
fmt = logging.Formatter("%(name)s-%(levelno)s-%(funcName)s-%(lineno)d-%(module)s: %(message)s")
rec = logging.LogRecord("rec", logging.INFO, "/x/y/mod.py", 42, "hello %s", ("w",), None, func="fn")
print(fmt.format(rec), rec.getMessage(), rec.levelname, rec.filename, rec.module)
print(logging.Formatter("{levelname}|{message}", style="{").format(rec))
print(logging.Formatter("$levelname $message", style="$").format(rec))
print(logging.Formatter().format(rec))
ad = logging.LoggerAdapter(logging.getLogger("adapted"), {"user": "ann"})
ad.warning("adapter msg")
print(repr(log), repr(logging.getLogger()), repr(h))
log2 = logging.getLogger("exc")
try:
    {}["missing"]
except KeyError:
    log2.error("failed lookup", exc_info=True)
log2.warning("stack-less %s", "ok", extra={"k": 1})
try:
    logging.Formatter("%(bad", style="%").format(rec)
except Exception as e:
    print(type(e).__name__)
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
logging.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
logging.log(25, "named custom level")
print(logging.getLevelName(25))
