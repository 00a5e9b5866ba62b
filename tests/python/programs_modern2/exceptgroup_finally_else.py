# try/except*/else/finally run in the usual order.
def run(raise_it):
    log = []
    try:
        try:
            log.append("body")
            if raise_it:
                raise ExceptionGroup("g", [ValueError("x"), OSError("y")])
        except* ValueError:
            log.append("value handler")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except* OSError as e:
        log.append(f"outer got {e.exceptions!r}")
    return log


print(run(False))
print(run(True))


def with_return():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        pass
    finally:
        return "finally can return"


print(with_return())
