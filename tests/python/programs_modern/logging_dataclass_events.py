import logging
import io
from dataclasses import dataclass
from enum import Enum

class Kind(Enum):
    LOGIN = "login"
    LOGOUT = "logout"
    ERROR = "error"

@dataclass
class Event:
    user: str
    kind: Kind
    detail: str = ""

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
log = logging.getLogger("events")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

events = [Event("ann", Kind.LOGIN), Event("bo", Kind.ERROR, "bad password"), Event("ann", Kind.LOGOUT),
          Event("cy", Kind.LOGIN, "first time")]
for ev in events:
    match ev:
        case Event(kind=Kind.ERROR, detail=d):
            log.error("user %s failed: %s", ev.user, d)
        case Event(user=u, kind=Kind.LOGIN, detail=d) if d:
            log.info("user %s logged in (%s)", u, d)
        case Event(user=u, kind=k):
            log.debug("%s -> %s", u, k)
log.warning("%d events, %.1f%% errors", len(events), 100 * sum(e.kind is Kind.ERROR for e in events) / len(events))
log.info("event object: %r", events[0])
log.info("dict arg: %(a)s and %(b)s", {"a": 1, "b": 2})
child = log.getChild("sub")
child.critical("from child")
print(stream.getvalue(), end="")
print(log.level, logging.getLevelName(log.level), logging.getLevelName(35), logging.getLevelName("INFO"))
print(child.name, child.parent is log, child.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
print(repr(log), repr(child), repr(logging.getLogger()))
stream2 = io.StringIO()
h2 = logging.StreamHandler(stream2)
h2.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
h2.setLevel(logging.WARNING)
log.addHandler(h2)
log.info("hidden from h2")
log.warning("shown %s", "everywhere")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("math failed")
print(stream2.getvalue().splitlines()[:3])
class CtxFilter(logging.Filter):
    def filter(self, record):
        record.user = "ann"
        return "secret" not in record.getMessage()
h3s = io.StringIO()
h3 = logging.StreamHandler(h3s)
h3.setFormatter(logging.Formatter("[%(user)s] %(message)s"))
h3.addFilter(CtxFilter())
log.handlers = [h3]
log.info("visible")
log.info("a secret line")
log.info("extra %s", "arg", extra={"x": 1})
print(h3s.getvalue(), end="")
adapter = logging.LoggerAdapter(log, {"user": "adapted"})
adapter.info("via adapter")
print(h3s.getvalue().splitlines()[-1])
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN)
