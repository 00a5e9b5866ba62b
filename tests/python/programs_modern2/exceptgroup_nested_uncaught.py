# An uncaught exception group whose handler raised: the tree shows the context chain.
try:
    raise ExceptionGroup("first", [ValueError("a"), TypeError("b")])
except* ValueError:
    raise KeyError("from handler")
