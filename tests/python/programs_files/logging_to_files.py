# logging into files: FileHandler, RotatingFileHandler with backups, formatters without timestamps.
import logging
import logging.handlers
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    log_path = os.path.join(tmp, "app.log")
    logger = logging.getLogger("files.demo")
    logger.setLevel(logging.DEBUG)
    fh = logging.FileHandler(log_path, mode="w", encoding="utf-8")
    fh.setFormatter(logging.Formatter("%(levelname)-8s %(name)s:%(lineno)d %(message)s"))
    fh.setLevel(logging.INFO)
    logger.addHandler(fh)
    logger.debug("hidden debug")
    logger.info("started with %d workers", 4)
    logger.warning("disk at %.1f%%", 91.234)
    try:
        1 / 0
    except ZeroDivisionError:
        logger.error("division failed", exc_info=False)
    logger.critical("ünïcode ✓")
    fh.close()
    logger.removeHandler(fh)
    with open(log_path, encoding="utf-8") as f:
        print(f.read(), end="")

    rot_path = os.path.join(tmp, "rot.log")
    rh = logging.handlers.RotatingFileHandler(rot_path, maxBytes=60, backupCount=2)
    rh.setFormatter(logging.Formatter("%(message)s"))
    rot = logging.getLogger("files.rot")
    rot.propagate = False
    rot.addHandler(rh)
    rot.setLevel(logging.INFO)
    for i in range(12):
        rot.info("message number %02d", i)
    rh.close()
    for name in sorted(os.listdir(tmp)):
        if name.startswith("rot"):
            with open(os.path.join(tmp, name)) as f:
                print(name, f.read().split("\n")[:-1])

    logging.basicConfig(filename=os.path.join(tmp, "basic.log"), filemode="w", level=logging.WARNING,
                        format="%(levelname)s|%(message)s")
    logging.info("not written")
    logging.warning("root warning")
    logging.error("root error %s", {"k": 1})
    for h in logging.getLogger().handlers:
        h.close()
    print(open(os.path.join(tmp, "basic.log")).read(), end="")
    logging.getLogger().handlers.clear()
