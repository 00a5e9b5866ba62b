class AppError(Exception):
    """Base for app errors."""
    code = 1

class ValidationError(AppError):
    code = 2
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"

class NotFound(AppError, LookupError):
    code = 3

class Quiet(Exception):
    def __init__(self):
        pass

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"

errs = [AppError(), AppError("one"), AppError("a", 2), ValidationError("age", "must be >= 0"),
        NotFound("user 7"), Quiet(), WithRepr("x"), KeyError("k"), KeyError("a", "b")]
for e in errs:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(NotFound.__mro__)
try:
    raise NotFound("id=3")
except LookupError as e:
    print("caught as LookupError:", e, e.code)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValidationError("key", "bad lookup") from e
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("during handling")
except AppError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise AppError("x") from None
except AppError as e:
    print(e.__cause__, e.__suppress_context__)
e = ValidationError("f", "m")
e.extra = 5
print(e.extra, vars(e), e.__dict__)
print(issubclass(ValidationError, Exception), isinstance(e, BaseException), AppError.__doc__)
try:
    raise ValidationError
except TypeError as te:
    print(type(te).__name__, te)
try:
    raise 5
except TypeError as te:
    print(type(te).__name__, te)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as te:
    print(type(te).__name__, te)
try:
    try:
        pass
    except NotAnException:
        pass
    raise ValueError("v")
except ValueError as ve:
    print("ok", ve)
ex = AppError("with note")
ex.add_note("note one")
ex.add_note("note two")
print(ex.__notes__)
try:
    ex.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
print(ex.with_traceback(None) is ex, AppError("a") == AppError("a"))
import pickle
v2 = pickle.loads(pickle.dumps(NotFound("p")))
print(repr(v2), type(v2).__name__)
raise ValidationError("email", "missing @")
