import logging, logging.config, sys

logging.basicConfig(stream=sys.stdout, format="BASIC %(name)s %(message)s", level=logging.INFO)
early = logging.getLogger("early")
early_child = logging.getLogger("keep.child")
early.info("before config")

class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True

def make_formatter(prefix):
    return logging.Formatter(prefix + " %(levelname)s %(message)s")

logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "plain": {"format": "%(name)s|%(levelname)s|%(message)s"},
        "brace": {"format": "{name}:{message}", "style": "{"},
        "custom": {"()": make_formatter, "prefix": ">>"},
    },
    "filters": {
        "only_keep": {"name": "keep"},
        "upper": {"()": Upper},
    },
    "handlers": {
        "a": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain"},
        "b": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brace", "filters": ["upper"], "level": "WARNING"},
        "c": {"()": logging.StreamHandler, "stream": "ext://sys.stdout", "formatter": "custom", ".": {"name": "custom-handler"}},
        "null": {"class": "logging.NullHandler"},
    },
    "loggers": {
        "keep": {"handlers": ["a"], "level": "DEBUG", "propagate": False, "filters": ["only_keep"]},
        "loud": {"handlers": ["b", "c"], "level": 10, "propagate": False},
    },
    "root": {"level": "INFO", "handlers": ["c"]},
})
early.info("early is disabled now: %s", early.disabled)
print(early.disabled, early_child.disabled, early_child.level, early_child.propagate)
logging.getLogger("keep").debug("kept debug")
early_child.info("child of configured logger propagates")
logging.getLogger("loud").info("info to c only")
logging.getLogger("loud").warning("warning to b and c")
logging.getLogger("new").warning("new logger uses root")
print(sorted(h.name for h in logging.getLogger("loud").handlers), logging.root.level)
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"x": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "root": {"handlers": ["x"], "level": "WARNING"}})
logging.getLogger("loud").warning("loud still configured")
logging.getLogger("zzz").warning("plain format from x")
for bad in [{}, {"version": 3}, {"version": 1, "formatters": {"f": {"()": "no.such.factory"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "loggers": {"l": {"handlers": ["nope"]}}},
            {"version": 1, "root": {"level": "LOUDEST"}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("1bad")
except ValueError as e:
    print(type(e).__name__, e)
