import io
import logging
import sys


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


stream = io.StringIO()
log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
log.propagate = False

h1 = logging.StreamHandler(stream)
h1.setLevel(logging.INFO)
h1.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
h1.addFilter(OnlyEven())
log.addHandler(h1)

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(Upper("%(name)s - %(message)s"))
log.addHandler(h2)

for i in range(5):
    log.debug("value %d", i)
    log.info("value %d", i)
print("captured:", stream.getvalue().splitlines())

name_filter = logging.Filter("svc.sub")
rec_a = logging.LogRecord("svc.sub.x", logging.INFO, "f.py", 10, "m %s", ("a",), None)
rec_b = logging.LogRecord("svc.other", logging.INFO, "f.py", 11, "m", None, None)
print(name_filter.filter(rec_a), name_filter.filter(rec_b))
print(rec_a.getMessage(), rec_a.levelname, rec_a.lineno, rec_a.name, rec_a.pathname)
print(repr(rec_a))


def add_context(record):
    record.user = "alice"
    return True


h3 = logging.StreamHandler(sys.stdout)
h3.addFilter(add_context)
h3.setFormatter(logging.Formatter("{levelname} <{user}> {message}", style="{"))
ctx = logging.getLogger("ctx")
ctx.propagate = False
ctx.addHandler(h3)
ctx.warning("brace style %s", "works")

h4 = logging.StreamHandler(sys.stdout)
h4.setFormatter(logging.Formatter("$levelname/$name: $message", style="$"))
tpl = logging.getLogger("tpl")
tpl.propagate = False
tpl.addHandler(h4)
tpl.error("dollar style")

extra_log = logging.getLogger("extra")
extra_log.propagate = False
h5 = logging.StreamHandler(sys.stdout)
h5.setFormatter(logging.Formatter("%(message)s ip=%(ip)s"))
extra_log.addHandler(h5)
extra_log.warning("login", extra={"ip": "10.0.0.1"})
try:
    extra_log.warning("bad", extra={"message": "clash"})
except KeyError as e:
    print("KeyError", e)

adapter = logging.LoggerAdapter(extra_log, {"ip": "127.0.0.1"})
adapter.warning("through adapter %d", 5)
print(type(adapter).__name__, adapter.logger.name)

try:
    logging.Formatter("%(message)s", style="#")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("{message", style="{").format(rec_a)
except ValueError as e:
    print("ValueError", e)

mem = []


class ListHandler(logging.Handler):
    def emit(self, record):
        mem.append(self.format(record))


lh = ListHandler(level=logging.WARNING)
lg = logging.getLogger("mem")
lg.addHandler(lh)
lg.propagate = False
lg.warning("one %s", 1)
lg.info("skip")
lg.error("two")
print(mem, lh.level, logging.getLevelName(lh.level))
print(logging.NullHandler().level, logging.Formatter().format(rec_a))
