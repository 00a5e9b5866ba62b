# Values of standard-library types survive a round trip through every protocol.
import collections
import datetime
import decimal
import enum
import fractions
import pickle


class Color(enum.Enum):
    RED = 1
    GREEN = 2


Point = collections.namedtuple("Point", "x y")

values = [datetime.date(2024, 2, 29), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=2),
          fractions.Fraction(3, 7), decimal.Decimal("1.25"), collections.OrderedDict(a=1, b=2),
          collections.defaultdict(list, {"k": [1]}), collections.Counter("abca"), collections.deque([1, 2], maxlen=5),
          Point(1, 2), Color.GREEN, ValueError("bad", 2), KeyError("k"), complex(1, -2), range(1, 10, 3),
          slice(1, 5, 2), {1: frozenset({2})}]
for proto in range(6):
    for v in values:
        back = pickle.loads(pickle.dumps(v, proto))
        same = back == v if not isinstance(v, BaseException) else (type(back) is type(v) and back.args == v.args)
        print(proto, type(v).__name__, repr(back), same)
    print(pickle.loads(pickle.dumps(Color.RED, proto)) is Color.RED)
    dd = pickle.loads(pickle.dumps(collections.defaultdict(list), proto))
    print(dd.default_factory is list, pickle.loads(pickle.dumps(collections.deque([1], 3), proto)).maxlen)
print(pickle.dumps(Point(1, 2), 2))
print(pickle.dumps(complex(1, 2), 4))
print(pickle.dumps(range(3), 2))
