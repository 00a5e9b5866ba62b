class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFound(AppError):
    pass

def check(record):
    if "name" not in record:
        raise ValidationError("name", "required")
    if record.get("id", 0) < 0:
        raise NotFound(record["id"])
    return "ok"

for rec in [{"name": "a", "id": 1}, {"id": 2}, {"name": "b", "id": -5}]:
    try:
        print(check(rec))
    except ValidationError as e:
        print("validation:", e, "| field =", e.field)
    except AppError as e:
        print(type(e).__name__, e.args)

print(issubclass(ValidationError, AppError), isinstance(NotFound(), Exception))
print(ValidationError.__mro__[1].__name__)
