# CPython implements functools.partial/reduce/lru_cache/cmp_to_key, operator, OrderedDict,
# defaultdict, csv's reader, datetime, decimal, itertools and re's Pattern methods in C: an exception that
# passes through them has no traceback entry for them, only for the Python code on either side.
# (decimal is left out: importing it adds DecimalException to ArithmeticError.__subclasses__()
# for the golden programs that run after this one in the same JVM.)
import collections
import csv
import datetime
import functools
import io
import itertools
import operator
import os
import re
import traceback


def frames(fn):
    try:
        fn()
    except Exception as e:
        names = [(os.path.basename(f.filename), f.name) for f in traceback.extract_tb(e.__traceback__)]
        print(type(e).__name__, names, e.__context__ is not None)


def divide(a, b):
    return a / b


@functools.lru_cache(maxsize=None)
def cached(n):
    return 1 / n


@functools.lru_cache(maxsize=2)
def bounded(n):
    return 1 / n


def compare(a, b):
    return a.missing - b


frames(lambda: functools.partial(divide, 1)(0))
frames(lambda: functools.reduce(divide, [1, 2, 0]))
frames(lambda: cached(0))
frames(lambda: bounded(0))
frames(lambda: sorted([1, 2], key=functools.cmp_to_key(compare)))
frames(lambda: operator.attrgetter('real.nope')(1))
frames(lambda: operator.itemgetter(0, 5)('abc'))
frames(lambda: collections.defaultdict(lambda: divide(1, 0))['k'])
frames(lambda: collections.OrderedDict(a=1).move_to_end('zz'))
frames(lambda: list(csv.reader(io.StringIO('a,"b'), strict=True)))
frames(lambda: datetime.date(2023, 2, 30))
frames(lambda: re.compile('a').sub(lambda m: divide(1, 0), 'abc'))
frames(lambda: [list(g) for k, g in itertools.groupby([1, 2], key=str.lower)])
frames(lambda: list(itertools.chain.from_iterable([[1], 5])))
frames(lambda: [list(t) for t in itertools.tee(map(compare, [1], [2]), 2)])
