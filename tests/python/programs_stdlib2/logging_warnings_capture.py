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
import warnings

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(name)s:%(levelname)s:%(message)s")
logging.captureWarnings(True)
warnings.simplefilter("always")
warnings.warn("this API is old", DeprecationWarning)
warnings.warn("plain user warning")
logging.captureWarnings(False)
root = logging.getLogger()
print(root.level, len(root.handlers), type(root.handlers[0]).__name__)
logging.basicConfig(level=logging.DEBUG)
print(root.level)
logging.basicConfig(level=logging.DEBUG, force=True, stream=sys.stdout, format="forced %(message)s")
logging.debug("after force")
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log", force=True)
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print("ValueError", e)
logging.basicConfig(stream=sys.stdout, force=True, format="%(levelname)s %(message)s")
logging.warning("%s + %s = %s", 1, 2, 3)
logging.warning("only %s", ("tuple",))
logging.warning("%(key)s", {"key": "mapping arg"})
logging.error("bad format %d", "x")
print("continued after bad format")
lg = logging.getLogger("a.b.c")
print(lg.parent.name, logging.getLogger("a.b").name, lg.getChild("d").name, lg.root is root)
print(logging.getLogger("a.b.c") is lg, logging.getLogger() is logging.root, logging.getLogger("root") is root)
print(sorted(logging.getLevelNamesMapping().items())[:4])
print(logging.getLevelName(5), logging.getLevelName("DEBUG"), logging.getLevelName("nope"))
logging.log(logging.CRITICAL, "critical via log()")
lg.setLevel(logging.WARNING)
lg.info("info hidden")
print(lg.manager is root.manager, lg.findCaller()[2] if False else "skip")
