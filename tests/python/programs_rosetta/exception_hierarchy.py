class AppError(Exception):
    """Base of this program's errors."""

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class NotFound(AppError, LookupError):
    pass

def check(record):
    if "name" not in record:
        raise NotFound("name")
    if not record["name"]:
        raise ValidationError("name", "must not be empty")
    return record["name"]

for rec in [{"name": "x"}, {}, {"name": ""}]:
    try:
        print("ok", check(rec))
    except ValidationError as e:
        print("invalid", e, e.field, e.args)
    except LookupError as e:
        print("lookup", repr(e), type(e).__mro__[1:3])
    finally:
        print("checked", rec)

def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
g()
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("caught", eg.exceptions)
except* TypeError as eg:
    print("caught", eg.exceptions)
e = AppError("a", 1)
print(str(e), repr(e), e.args, str(AppError()), repr(NotFound()), issubclass(NotFound, KeyError))
e = ValueError("note me"); e.add_note("extra"); print(e.__notes__)
try:
    raise ValidationError("age", "negative")
except AppError:
    raise RuntimeError("wrapped") from None
