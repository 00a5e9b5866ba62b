class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class AppError(Exception):
    pass

def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValidationError("name", "required"))
    if user.get("age", 0) < 0:
        errors.append(ValidationError("age", "must be non-negative"))
    if "@" not in user.get("email", ""):
        errors.append(ValidationError("email", "invalid address"))
    if errors:
        raise ExceptionGroup("invalid user", errors)
    return True

for user in [{"name": "a", "email": "a@b"}, {"age": -1}, {"name": "b", "email": "x"}]:
    try:
        print(validate(user))
    except* ValidationError as eg:
        print("caught", len(eg.exceptions), [e.field for e in eg.exceptions])
        print(repr(eg.message), type(eg).__name__)

try:
    raise ExceptionGroup("mixed", [KeyError("k"), ValueError("v"), TypeError("t")])
except* KeyError as g:
    print("key part:", g.exceptions)
except* (ValueError, TypeError) as g:
    print("other part:", g.exceptions, g.message)

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match_, rest = eg.split(ValueError)
print(match_, repr(match_))
print(rest, repr(rest))
print(eg.subgroup(TypeError))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 2))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])), type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)

e = ValueError("bad value")
e.add_note("hint: check the input file")
e.add_note("line 42")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)

def parse(s):
    try:
        return int(s)
    except ValueError as exc:
        raise AppError(f"cannot parse {s!r}") from exc

try:
    parse("x1")
except AppError as exc:
    print(exc, "| cause:", repr(exc.__cause__), exc.__suppress_context__)

try:
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as exc:
    print(repr(exc.__context__), exc.__cause__)

try:
    raise AppError("quiet") from None
except AppError as exc:
    print(exc.__cause__, exc.__suppress_context__, repr(exc.__context__))

err = AppError("with note")
err.add_note("extra context for the user")
raise err
