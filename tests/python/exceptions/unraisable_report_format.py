# The default unraisable report (a __del__ or a _thread function that raises) ends in
# "Type: message" with the colon even when the message is empty, and shows no chained exceptions.
import io
import sys
import time
import _thread


class Custom(Exception):
    pass


class Quiet:
    def __del__(self):
        raise ValueError


class Chained:
    def __del__(self):
        try:
            {}["missing"]
        except KeyError:
            raise Custom("from del")


def report(action):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        action()
    finally:
        sys.stderr = saved
    for line in buf.getvalue().splitlines():
        if " at 0x" in line:
            line = line[: line.index(" at 0x")] + " at ...>"
        if line.startswith("  File "):
            line = "  File " + line[line.rindex("/") + 1 :]
        print(repr(line))
    print("--")


def drop_quiet():
    q = Quiet()
    del q


def drop_chained():
    c = Chained()
    del c


def in_thread():
    done = _thread.allocate_lock()
    done.acquire()

    def body():
        try:
            raise LookupError()
        finally:
            done.release()

    _thread.start_new_thread(body, ())
    done.acquire()
    time.sleep(0.2)


report(drop_quiet)
report(drop_chained)
report(in_thread)
