# logging.getLevelNamesMapping (3.11) and getLevelName both ways.
import logging
import sys

m = logging.getLevelNamesMapping()
print(sorted(m.items(), key=lambda kv: (kv[1], kv[0])))
m["CUSTOM"] = 1
print("CUSTOM" in logging.getLevelNamesMapping())
print(logging.getLevelName(10), logging.getLevelName("WARN"), logging.getLevelName(33), logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelNamesMapping()["NOTICE"])
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s", level=25)
log = logging.getLogger("app")
log.log(25, "custom level")
log.info("hidden")
log.warning("shown")
