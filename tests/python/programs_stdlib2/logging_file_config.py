import logging, logging.config, io, sys, textwrap
ini = textwrap.dedent("""
[loggers]
keys=root,app

[handlers]
keys=console

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=console

[logger_app]
level=DEBUG
handlers=console
qualname=app
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[formatter_simple]
format=%(name)s - %(levelname)s - %(message)s
""")
logging.config.fileConfig(io.StringIO(ini))
logging.getLogger("app").debug("debug from app")
logging.getLogger("app.sub").info("info from sub")
logging.getLogger("other").warning("warn from other")
logging.getLogger("other").info("hidden")
print(logging.getLogger("app").handlers, logging.getLogger().level)
import configparser
cp = configparser.ConfigParser()
cp.read_string(ini)
logging.config.fileConfig(cp, disable_existing_loggers=True)
logging.getLogger("app").info("after reconfig")
print(logging.getLogger("other").disabled)
try:
    logging.config.fileConfig(io.StringIO("[loggers]\nkeys=root\n"))
except Exception as e:
    print(type(e).__name__, e)
import os
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "logging.ini")
    with open(path, "w") as f:
        f.write(ini.replace("level=DEBUG\nhandlers=console\nqualname=app", "level=ERROR\nhandlers=console\nqualname=app"))
    logging.config.fileConfig(path)
    logging.getLogger("app").warning("filtered by ERROR level")
    logging.getLogger("app").error("error passes")
    empty = os.path.join(tmp, "empty.ini")
    open(empty, "w").close()
    try:
        logging.config.fileConfig(empty)
    except RuntimeError as e:
        print("RuntimeError", str(e).replace(tmp, "TMP"))
try:
    logging.config.fileConfig("/nonexistent/logging.ini")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    logging.config.fileConfig(io.StringIO("not an ini file"))
except RuntimeError as e:
    print("RuntimeError", str(e).split(" is invalid: ")[1].splitlines()[0])
