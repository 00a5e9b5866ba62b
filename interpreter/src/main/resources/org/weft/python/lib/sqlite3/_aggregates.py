"""The built-in aggregate functions (https://www.sqlite.org/lang_aggfunc.html): step(args) then final()."""

from sqlite3._errors import OperationalError
from sqlite3._values import INT_MAX, INT_MIN, to_numeric_value, to_text, compare


class Count:
    def __init__(self, collation=None):
        self.n = 0

    def step(self, args):
        if not args or args[0] is not None:
            self.n += 1

    def final(self):
        return self.n


class Sum:
    """sum() stays an INTEGER while every input is one; an overflow is an error, as in SQLite."""

    def __init__(self, collation=None):
        self.total = 0
        self.approx = False
        self.seen = False

    def step(self, args):
        value = args[0]
        if value is None:
            return
        self.seen = True
        if type(value) is int and not self.approx:
            total = self.total + value
            if total > INT_MAX or total < INT_MIN:
                raise OperationalError('integer overflow')
            self.total = total
        else:
            if not self.approx:
                self.total = float(self.total)
                self.approx = True
            self.total += float(to_numeric_value(value))

    def final(self):
        return self.total if self.seen else None


class Total(Sum):
    def step(self, args):
        value = args[0]
        if value is not None:
            self.seen = True
            self.total += float(to_numeric_value(value))

    def final(self):
        return float(self.total)


class Avg(Total):
    def __init__(self, collation=None):
        Total.__init__(self)
        self.n = 0

    def step(self, args):
        if args[0] is not None:
            self.n += 1
        Total.step(self, args)

    def final(self):
        return self.total / self.n if self.n else None


class Min:
    """min()/max() of the non-NULL values; 'better' says whether a candidate replaces the current one."""
    sign = -1

    def __init__(self, collation=None):
        self.value = None
        self.collation = collation
        self.changed = False

    def step(self, args):
        value = args[0]
        self.changed = False
        if value is None:
            return
        if self.value is None or compare(value, self.value, self.collation) == self.sign:
            self.value = value
            self.changed = True

    def final(self):
        return self.value


class Max(Min):
    sign = 1


class GroupConcat:
    def __init__(self, collation=None):
        self.parts = []
        self.seps = []

    def step(self, args):
        value = args[0]
        if value is None:
            return
        if self.parts:
            sep = args[1] if len(args) > 1 else ','
            self.seps.append('' if sep is None else to_text(sep))
        self.parts.append(to_text(value) if type(value) is not bytes else value.decode('utf-8', 'replace'))

    def final(self):
        if not self.parts:
            return None
        out = [self.parts[0]]
        for sep, part in zip(self.seps, self.parts[1:]):
            out.append(sep)
            out.append(part)
        return ''.join(out)


# name -> (class, fewest arguments, most arguments)
AGGREGATES = {
    'count': (Count, 0, 1),
    'sum': (Sum, 1, 1),
    'total': (Total, 1, 1),
    'avg': (Avg, 1, 1),
    'min': (Min, 1, 1),
    'max': (Max, 1, 1),
    'group_concat': (GroupConcat, 1, 2),
    'string_agg': (GroupConcat, 2, 2),
}
