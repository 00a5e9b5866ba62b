import logging
import logging.config
import sys

config = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "tagged": {"format": "[{name}] {levelname:>8} {message}", "style": "{"},
    },
    "filters": {
        "only_db": {"name": "app.db"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "level": "DEBUG"},
        "db": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "tagged", "filters": ["only_db"]},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["out"], "propagate": False},
        "app.db": {"level": "DEBUG", "handlers": ["db"]},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
db = logging.getLogger("app.db")
web = logging.getLogger("app.web")
other = logging.getLogger("other")
app.debug("hidden debug")
app.info("app info")
db.debug("db debug")
db.warning("db warning")
web.info("web info")
web.debug("web debug hidden")
other.info("other info hidden")
other.error("other error")
print(app.level, db.level, web.level, web.getEffectiveLevel(), app.propagate, len(app.handlers))
print([type(h).__name__ for h in logging.getLogger().handlers])
print(sorted(name for name in logging.root.manager.loggerDict if name.startswith("app")))

try:
    logging.config.dictConfig({"version": 2})
except ValueError as e:
    print("ValueError", e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}})
except ValueError as e:
    print("ValueError", str(e).splitlines()[0])

logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "ERROR"}}})
print(logging.getLevelName(app.level))
app.warning("now hidden")
app.error("still shown")

logging.config.dictConfig({
    "version": 1,
    "formatters": {"f": {"format": "%(message)s|%(levelname)s"}},
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "f"}},
    "root": {"handlers": ["h"], "level": "DEBUG"},
})
logging.debug("root after reset")
print(app.disabled, db.disabled)
logging.getLogger("brand.new").info("new logger works")
logging.shutdown()
