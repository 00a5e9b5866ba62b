import os as _os
import sys as _sys


class _RelativePaths:
    """stdout with this folder's path taken out of file names, so the output is the same in every checkout."""

    def __init__(self, out):
        self.out = out
        self.folder = _os.path.dirname(_os.path.abspath(__file__)) + _os.sep

    def write(self, text):
        return self.out.write(text.replace(self.folder, ""))

    def flush(self):
        self.out.flush()


_sys.stdout = _RelativePaths(_sys.stdout)
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("jobs")


def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: " + repr(text))
    return int(text)


for item in ["12", "x7", "40"]:
    try:
        parse(item)
        print("parsed", item)
    except ValueError:
        log.exception("could not parse %s", item)

try:
    raise KeyError("missing")
except KeyError:
    log.error("with exc_info", exc_info=True)
    log.warning("without exc_info")

try:
    raise RuntimeError("outer")
except RuntimeError as err:
    log.critical("caught %s", type(err).__name__, exc_info=err)

log.info("stack info below is suppressed at INFO level")
fmt = logging.Formatter("%(message)s")
try:
    raise ZeroDivisionError("float division by zero")
except ZeroDivisionError:
    info = sys.exc_info()
text = fmt.formatException(info)
print(text.splitlines()[0])
print(text.splitlines()[-1])
record = logging.makeLogRecord({"msg": "made %s", "args": ("record",), "levelno": 30, "levelname": "WARNING"})
print(record.getMessage(), record.levelno, record.name)
print(fmt.format(record))
print(logging.Formatter("%(levelname)s|%(msg)s|%(args)s").format(record))
