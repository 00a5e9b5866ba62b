# An order pipeline where each stage wraps lower-level errors: explicit and implicit chaining,
# "from None", and walking the __cause__/__context__ chain.
class StageError(Exception):
    def __init__(self, stage, order_id):
        super().__init__(f"stage {stage!r} failed for order {order_id}")
        self.stage = stage

def parse(order):
    return {"id": order["id"], "qty": int(order["qty"]), "price": float(order["price"])}

def price(order):
    try:
        return order["qty"] * order["price"] / order["discount_base"]
    except KeyError:
        raise ZeroDivisionError("no discount base")

def ship(order):
    if order["qty"] > 100:
        raise StageError("ship", order["id"]) from None
    return "shipped"

def run(raw):
    try:
        order = parse(raw)
    except (KeyError, ValueError) as e:
        raise StageError("parse", raw.get("id")) from e
    try:
        total = price(order)
    except ArithmeticError as e:
        raise StageError("price", order["id"]) from e
    return ship(order), total

def chain(e):
    parts = []
    while e is not None:
        how = "cause" if e.__cause__ is not None else ("context" if e.__context__ is not None and not e.__suppress_context__ else "")
        parts.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(parts)

orders = [
    {"id": 1, "qty": "2", "price": "9.99", "discount_base": 1},
    {"id": 2, "qty": "two", "price": "1"},
    {"id": 3, "price": "1"},
    {"id": 4, "qty": "3", "price": "2.5"},
    {"id": 5, "qty": "300", "price": "1", "discount_base": 2},
]
for raw in orders:
    try:
        print(raw["id"], run(raw))
    except StageError as e:
        print(raw["id"], "error:", chain(e))
        print("   stage:", e.stage, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
              "| suppress:", e.__suppress_context__)

def handler_fails():
    try:
        {}["missing"]
    except KeyError:
        return undefined_name

try:
    handler_fails()
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))

try:
    try:
        1 / 0
    finally:
        print("finally runs before the handler")
except ZeroDivisionError as e:
    print("caught", e, e.__context__)

e = ValueError("outer")
e.__cause__ = KeyError("manual")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(caught.__suppress_context__, repr(caught.__cause__))

try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)

run(orders[1])
