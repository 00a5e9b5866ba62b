# An exception in a pool worker re-raises in the caller with the worker's frames in its traceback.
import traceback
from concurrent.futures import ThreadPoolExecutor

def parse_record(line):
    key, value = line.split("=")
    return key, int(value)

def load(lines):
    return [parse_record(l) for l in lines]

with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(load, ["a=1", "b=two"])
    try:
        fut.result()
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        user_frames = [fr.name for fr in tb if fr.filename == __file__]
        print("error:", e)
        print("user frames:", user_frames)
        print("last line:", tb[-1].line)
        print(traceback.format_exception_only(type(e), e))
    exc = fut.exception()
    print(type(exc).__name__, exc.__traceback__ is not None)

    fut2 = ex.submit(lambda: {}["nope"])
    try:
        fut2.result()
    except KeyError as e:
        print("KeyError", e, [fr.name for fr in traceback.extract_tb(e.__traceback__)
                               if fr.filename == __file__])
