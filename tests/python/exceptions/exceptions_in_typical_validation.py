def parse_age(text):
    try:
        age = int(text)
    except ValueError:
        raise ValueError(f"age must be a whole number, got {text!r}") from None
    if age < 0:
        raise ValueError("age cannot be negative")
    if age > 150:
        raise ValueError(f"age {age} is not realistic")
    return age
for raw in ["42", "-1", "abc", "200", " 7 ", "3.5"]:
    try:
        print(raw.strip(), "->", parse_age(raw))
    except ValueError as e:
        print(raw.strip(), "-> error:", e)
def safe_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    except TypeError as e:
        return f"bad operands: {e}"
print(safe_divide(1, 0), safe_divide(-1, 0), safe_divide(0, 0), safe_divide("a", 1), safe_divide(6, 4))
