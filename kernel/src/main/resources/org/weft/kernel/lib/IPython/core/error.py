"""IPython's exception classes, with IPython's names, so ``except`` clauses in notebooks match."""


class IPythonCoreError(Exception):
    pass


class TryNext(IPythonCoreError):
    """Try next hook exception: raise it to let the next handler run."""


class UsageError(IPythonCoreError):
    """Error in magic function arguments, etc.: shown without a traceback."""


class StdinNotImplementedError(IPythonCoreError, NotImplementedError):
    """raw_input was called, but this frontend does not support stdin."""


class InputRejected(Exception):
    """Input rejected by ast transformer."""
