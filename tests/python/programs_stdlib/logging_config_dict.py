import logging, logging.config, sys

config = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "detail": {"format": "[%(levelname)s] %(name)s.%(funcName)s: %(message)s"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "level": "INFO"},
        "detail": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "detail", "level": "ERROR"},
    },
    "loggers": {
        "app": {"handlers": ["out"], "level": "DEBUG", "propagate": False},
        "app.db": {"handlers": ["detail"], "level": "WARNING"},
    },
    "root": {"handlers": ["out"], "level": "WARNING"},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
db = logging.getLogger("app.db")
def query():
    db.error("query failed: %s", "timeout")
app.debug("debug not shown by handler")
app.info("app started")
db.warning("slow")
query()
logging.getLogger("other").warning("root handles this")
logging.getLogger("other").info("filtered at root")
print(app.level, db.level, logging.getLogger().level, app.propagate, db.propagate)
print([type(h).__name__ for h in app.handlers], [h.level for h in db.handlers])
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "ERROR"}}})
app.warning("now hidden")
app.error("still shown")
try:
    logging.config.dictConfig({"version": 2})
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}})
except ValueError as e:
    print(type(e).__name__, str(e).split(":")[0])
