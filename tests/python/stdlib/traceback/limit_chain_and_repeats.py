# traceback's limit (positive, negative, zero) applies to every traceback of a chain, chain=False
# leaves the causes out, and a run of more than three entries for the same line collapses into
# "[Previous line repeated N more times]" (CPython's StackSummary.format).
import traceback, sys
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)
try:
    deep(8)
except RuntimeError as e:
    print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "F"))
    print(traceback.format_exc(limit=2).replace(__file__, "F"))
    print(traceback.format_exc(limit=-2).replace(__file__, "F"))
    print(traceback.format_exc(limit=0).replace(__file__, "F"))
    print("".join(traceback.format_exception(e, limit=1)).replace(__file__, "F"))
    print("".join(traceback.format_stack(limit=1)).replace(__file__, "F"))
try:
    try:
        deep(1)
    except RuntimeError:
        raise KeyError(1)
except KeyError:
    print(traceback.format_exc(chain=False).replace(__file__, "F"))
    print(traceback.format_exc(limit=1).replace(__file__, "F"))
    print(traceback.format_exc(limit=1).replace(__file__, "F"))
    print(traceback.format_exc(chain=False).replace(__file__, "F"))
    print(len(traceback.extract_stack(limit=-1)), len(traceback.extract_tb(sys.exc_info()[2], limit=-5)))
