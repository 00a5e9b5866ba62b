# The argument errors of datetime's alternate constructors, as CPython's C module reports them:
# PyArg_ParseTuple ('fromordinal() takes exactly 1 argument (0 given)'), METH_O
# ('date.fromtimestamp() takes exactly one argument'), fromtimestamp's keyword parameters
# (timestamp, tz), no keywords where C takes none; and a subclass's repr uses its bare name.
import datetime as dt


class MyDate(dt.date):
    pass


class Stamp(dt.datetime):
    pass


calls = [
    ("date.fromordinal()", lambda: dt.date.fromordinal()),
    ("date.fromordinal(1, 2)", lambda: dt.date.fromordinal(1, 2)),
    ("date.fromordinal(n=1)", lambda: dt.date.fromordinal(n=1)),
    ("date.fromordinal(1.5)", lambda: dt.date.fromordinal(1.5)),
    ("date.fromordinal(2**40)", lambda: dt.date.fromordinal(2 ** 40)),
    ("datetime.strptime('x')", lambda: dt.datetime.strptime("x")),
    ("datetime.strptime()", lambda: dt.datetime.strptime()),
    ("datetime.strptime(a, b, c)", lambda: dt.datetime.strptime("2020", "%Y", "z")),
    ("datetime.strptime(date_string=, format=)", lambda: dt.datetime.strptime(date_string="2020", format="%Y")),
    ("datetime.fromtimestamp()", lambda: dt.datetime.fromtimestamp()),
    ("datetime.fromtimestamp(1, 2, 3)", lambda: dt.datetime.fromtimestamp(1, 2, 3)),
    ("datetime.fromtimestamp(ts=1)", lambda: dt.datetime.fromtimestamp(ts=1)),
    ("datetime.fromtimestamp(1, timestamp=2)", lambda: dt.datetime.fromtimestamp(1, timestamp=2)),
    ("datetime.fromtimestamp(timestamp=0, tz=utc)",
     lambda: dt.datetime.fromtimestamp(timestamp=0, tz=dt.timezone.utc)),
    ("datetime.utcfromtimestamp()", lambda: dt.datetime.utcfromtimestamp()),
    ("datetime.utcfromtimestamp(1, 2)", lambda: dt.datetime.utcfromtimestamp(1, 2)),
    ("date.fromtimestamp()", lambda: dt.date.fromtimestamp()),
    ("date.fromtimestamp(t=1)", lambda: dt.date.fromtimestamp(t=1)),
    ("date.fromisoformat()", lambda: dt.date.fromisoformat()),
    ("MyDate.fromisoformat('a', 'b')", lambda: MyDate.fromisoformat("a", "b")),
    ("time.fromisoformat(time_string=)", lambda: dt.time.fromisoformat(time_string="10:00")),
    ("MyDate.fromordinal(730000)", lambda: MyDate.fromordinal(730000)),
    ("Stamp(2020, 5, 17, 8, 30)", lambda: Stamp(2020, 5, 17, 8, 30)),
    ("Stamp.strptime", lambda: Stamp.strptime("2021-02-03", "%Y-%m-%d")),
]
for text, call in calls:
    try:
        print(text, "->", repr(call()))
    except (TypeError, OverflowError, ValueError) as e:
        print(text, "->", type(e).__name__ + ":", e)
