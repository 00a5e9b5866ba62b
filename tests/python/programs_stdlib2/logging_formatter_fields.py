import logging
import sys
import time


class FixedClock(logging.Formatter):
    converter = time.gmtime


def record(msg, *args, level=logging.INFO, name="app.module", **extra):
    r = logging.LogRecord(name, level, "/srv/app/module.py", 42, msg, args, None, func="handler")
    r.created = 1700000000.123456
    r.msecs = 123.0
    r.relativeCreated = 5000.0
    r.thread = 1
    r.threadName = "MainThread"
    r.process = 99
    r.processName = "MainProcess"
    r.__dict__.update(extra)
    return r


fields = ["%(name)s", "%(levelno)d", "%(levelname)s", "%(pathname)s", "%(filename)s", "%(module)s",
          "%(lineno)d", "%(funcName)s", "%(msecs)d", "%(message)s", "%(threadName)s", "%(process)d",
          "%(levelname).1s", "%(levelname)-10s|", "%(lineno)05d", "%(name)20s", "%(asctime)s"]
for f in fields:
    print(f, "->", FixedClock(f).format(record("hello %s", "world")))
print(FixedClock("%(asctime)s", datefmt="%Y/%m/%d %H:%M").format(record("x")))
print(FixedClock("{asctime} {levelname:^9} {message}", style="{", datefmt="%H:%M:%S").format(record("brace")))
print(FixedClock("${name}:${message}", style="$").format(record("dollar")))
fmt = FixedClock("%(message)s")
print(fmt.formatTime(record("t")), fmt.formatTime(record("t"), "%d %b %Y"))
print(FixedClock.default_time_format, FixedClock.default_msec_format)
defaults = logging.Formatter("%(message)s [%(tag)s]", defaults={"tag": "none"})
print(defaults.format(record("with default")), defaults.format(record("overridden", tag="T")))
try:
    logging.Formatter("%(message)s %(missing)s").format(record("m"))
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("no fields here", validate=True)
except ValueError as e:
    print("ValueError", e)
print(logging.Formatter("no fields here", validate=False).format(record("ignored")))
print(logging.Formatter("%(message)s").format(record("multi\nline")))
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([record("a"), record("b")])), repr(bf.format([])))


class Header(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "BEGIN %d\n" % len(records)

    def formatFooter(self, records):
        return "END\n"


print(Header().format([record("x"), record("y")]), end="")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(FixedClock("%(levelname)s %(message)s"))
h.setLevel(logging.WARNING)
for lvl in (logging.DEBUG, logging.WARNING, logging.CRITICAL):
    r = record("level %d", lvl, level=lvl)
    if r.levelno >= h.level:
        h.handle(r)
print(h.name, h.get_name(), h.formatter is not None, h.stream is sys.stdout)
h.set_name("console")
print(repr(h), h.name)
h.setStream(sys.stdout)
print(logging.LogRecord("n", 10, "p", 1, "m", None, None).args, record("%d%%", 50).getMessage())
