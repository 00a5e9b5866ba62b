"""Constructs over several lines, for trace_missing_lines."""
import functools

LIMIT = 3
NAMES = ("alpha",
         "beta")


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@deco
def build(n,
          scale=2):
    global LIMIT
    table = {'n': n,
             'scaled': n * scale,
             'names': NAMES}
    try:
        value = int(
            table['n'])
    except (TypeError,
            ValueError):
        value = None
    except:
        raise
    else:
        value += 1
    if (value is not None and
            value > LIMIT):
        return 'big'
    return [v
            for v in range(value)]


def unused(x):
    return max(x,
               0)
