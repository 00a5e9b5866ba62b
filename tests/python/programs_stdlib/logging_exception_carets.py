import logging, sys, traceback


class Out:
    """stdout, with this file's path (which differs from checkout to checkout) written as FILE."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))

    def flush(self):
        sys.stdout.flush()


out = Out()
logging.basicConfig(stream=out, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("boom")
log2 = logging.getLogger("exc")
try:
    {}["missing"]
except KeyError:
    log2.error("failed lookup", exc_info=True)
def parse(d):
    return int(d["value"]["raw"])
try:
    parse({"value": {"raw": "x1"}})
except ValueError:
    traceback.print_exc(file=out)
try:
    x = [1, 2][5]
except IndexError:
    print(traceback.format_exc(), file=out)
