import logging, io, sys

root = logging.getLogger()
root.setLevel(logging.DEBUG)
stream = io.StringIO()
h1 = logging.StreamHandler(stream)
h1.setLevel(logging.INFO)
h1.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("OUT %(levelno)d %(message)s"))
root.addHandler(h1)
root.addHandler(h2)
log = logging.getLogger("svc.db")
log.debug("connecting to %s:%d", "localhost", 5432)
log.info("connected")
log.warning("slow query took %.2fs", 1.23456)
print(repr(stream.getvalue()))
root.removeHandler(h1)
log.error("only stdout now")
print(len(root.handlers), root.hasHandlers(), log.hasHandlers(), log.handlers)
mem = []
class ListHandler(logging.Handler):
    def emit(self, record):
        mem.append((record.levelname, self.format(record)))
lh = ListHandler(level=logging.WARNING)
lh.setFormatter(logging.Formatter("%(message)s!"))
log.addHandler(lh)
log.info("not kept")
log.warning("kept %s", 1)
log.critical("kept %s", 2)
print(mem)
log.removeHandler(lh)
root.removeHandler(h2)
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%Y"))
class FixedTime(logging.Filter):
    def filter(self, record):
        record.created = 0.0
        record.msecs = 0
        return True
h3.addFilter(FixedTime())
h3.setFormatter(logging.Formatter("%(message)s [%(custom)s]"))
root.addHandler(h3)
log.info("with extra", extra={"custom": "X"})
child = log.getChild("pool")
print(child.name, child.parent is log, logging.getLogger("svc").getChild("db") is log)
log.setLevel(logging.WARNING)
child.info("child info suppressed by parent level")
child.warning("child warning")
print(child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.ERROR), child.getEffectiveLevel())
nul = logging.getLogger("quiet")
nul.addHandler(logging.NullHandler())
nul.propagate = False
nul.error("nobody sees this")
logging.getLogger("fmt").warning("%s and %s", "a", "b")
logging.getLogger("fmt").warning("no args %s")
logging.getLogger("fmt").warning({"dict": "as message"})
logging.getLogger("fmt").warning("percent %d%%", 50)
try:
    raise RuntimeError("bad thing")
except RuntimeError:
    logging.getLogger("exc").exception("handled: %s", "ctx")
print(logging.getLevelName(logging.getLogger("fmt").getEffectiveLevel()))
print(logging.Formatter("%(message)s").formatMessage(logging.makeLogRecord({"msg": "m", "message": "made"})))
r = logging.makeLogRecord({"msg": "hello %s", "args": ("there",), "levelno": 30, "levelname": "WARNING", "name": "mk"})
print(r.getMessage(), r.name, r.levelno, logging.Formatter("%(name)s:%(levelname)s:%(message)s").format(r))
