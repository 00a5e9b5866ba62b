class ValidationError(Exception):
    """Raised by the kata's validator."""

    def __init__(self, field, value):
        self.field, self.value = field, value
        super().__init__(f"invalid {field}: {value!r}")


def validate_user(user: dict) -> dict:
    if not user.get("name", "").strip():
        raise ValidationError("name", user.get("name"))
    if not (0 <= user.get("age", -1) <= 150):
        raise ValidationError("age", user.get("age"))
    return {**user, "name": user["name"].strip().title()}


for u in [{"name": " ada lovelace ", "age": 36}, {"name": "alan", "age": 41}]:
    print(validate_user(u))
try:
    validate_user({"name": "", "age": 3})
except ValidationError as e:
    print("caught:", e, e.field)
print(validate_user({"name": "bob", "age": 200}))
