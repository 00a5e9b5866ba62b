# Exceptions re-raised from a ThreadPoolExecutor keep their __cause__, __context__ and notes.
from concurrent.futures import ThreadPoolExecutor

class ServiceError(Exception):
    pass

def call_service(n):
    try:
        return {"a": 1}[n]
    except KeyError as e:
        err = ServiceError(f"unknown service {n!r}")
        err.add_note("retry with a known name")
        raise err from e

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while dividing")

with ThreadPoolExecutor(2) as ex:
    try:
        ex.submit(call_service, "b").result()
    except ServiceError as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__, e.__notes__)
    try:
        ex.submit(implicit).result()
    except ValueError as e:
        print(repr(e), repr(e.__context__), e.__cause__)
    f = ex.submit(call_service, "a")
    print(f.result(), f.exception())
