import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s:%(lineno)d %(module)s: %(message)s")
log = logging.getLogger("s")


def helper(msg, level=2):
    log.warning(msg, stacklevel=level)


def caller():
    helper("reported at caller")
    helper("reported at helper", level=1)
    helper("past the top", level=10)


caller()
log.warning("module level, stacklevel 2", stacklevel=2)
log.warning("module level, stacklevel 1")
adapter = logging.LoggerAdapter(log, {})
adapter.warning("through an adapter")
print(log.findCaller()[1:3], log.findCaller(stacklevel=5)[1:3])
