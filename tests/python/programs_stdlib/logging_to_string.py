import logging, io

def make_logger(name, fmt, level=logging.DEBUG):
    stream = io.StringIO()
    logger = logging.getLogger(name)
    logger.handlers.clear()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(fmt))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger, stream

log, out = make_logger("calc", "%(levelname)s:%(funcName)s:%(message)s")
def divide(a, b):
    log.debug("dividing %s by %s", a, b)
    try:
        return a / b
    except ZeroDivisionError:
        log.error("division by zero with a=%r", a)
        return None
for a, b in [(10, 2), (1, 0), (7, 7)]:
    print(divide(a, b))
print(out.getvalue())
log2, out2 = make_logger("thresh", "%(levelno)02d %(message)s", logging.WARNING)
for lvl in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, 35):
    log2.log(lvl, "at level %d", lvl)
print(out2.getvalue(), end="")
log3, out3 = make_logger("fields", "%(name)s %(levelname).1s %(message)r %(lineno)s")
log3.info("quoted")
log3.warning(42)
log3.error(["a", "list"])
print(out3.getvalue(), end="")
log4, out4 = make_logger("pad", "[%(levelname)8s] [%(name)-6s] %(message)s")
log4.info("right-aligned level")
log4.critical("bang")
print(out4.getvalue(), end="")
rec = logging.LogRecord("x", logging.INFO, "f.py", 1, "%s-%s", ("a", "b"), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.pathname, rec.args)
rec2 = logging.LogRecord("x", logging.INFO, "f.py", 1, "%(k)s", ({"k": "mapping"},), None)
print(rec2.getMessage())
bad = logging.LogRecord("x", logging.INFO, "f.py", 1, "%d", ("notint",), None)
try:
    bad.getMessage()
except TypeError as e:
    print(type(e).__name__, e)
