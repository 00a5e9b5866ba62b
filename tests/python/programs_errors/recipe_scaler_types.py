# Scaling a recipe: strings and numbers mix, and the error messages show where.
recipe = {
    "flour": "250",
    "sugar": 100,
    "eggs": 2,
    "milk": "0.3",
    "salt": "a pinch",
    "butter": None,
}

def scale(qty, factor):
    return qty * factor

for name, qty in recipe.items():
    for factor in (2, 1.5):
        try:
            r = scale(qty, factor)
            print(f"{name:<7} x{factor}: {r!r}")
        except TypeError as e:
            print(f"{name:<7} x{factor}: TypeError: {e}")

def to_number(text):
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError as e:
        raise ValueError(f"not a quantity: {text!r}") from None

for name, qty in recipe.items():
    try:
        print(name, to_number(qty) * 2)
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__suppress_context__)

total = 0
for qty in recipe.values():
    try:
        total += qty
    except TypeError as e:
        print("sum:", e)
print("total", total)
label = "eggs: " + recipe["eggs"] if isinstance(recipe["eggs"], str) else "eggs: " + str(recipe["eggs"])
print(label)
try:
    print("eggs: " + recipe["eggs"])
except TypeError as e:
    print(e)
try:
    print(recipe["sugar"] + " grams")
except TypeError as e:
    print(e)
try:
    print(sum(recipe[k] for k in ("flour", "sugar")))
except TypeError as e:
    print(e)
print(sum(recipe[k] for k in ("eggs", "sugar")))
print("%s needs %d grams" % ("flour", recipe["flour"]))
