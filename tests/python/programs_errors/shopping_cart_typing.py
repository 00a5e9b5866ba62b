# A shopping cart with runtime type validation; messages mimic the builtins' own wording.
from typing import NamedTuple

class Product(NamedTuple):
    name: str
    price: float
    qty: int = 1

class CartError(TypeError):
    pass

def validate(p):
    for field, kind in Product.__annotations__.items():
        value = getattr(p, field)
        if not isinstance(value, kind):
            raise CartError(f"{field} must be {kind.__name__}, not {type(value).__name__}")
    return p

raw = [("pen", 1.5, 3), ("book", "12.00", 1), ("mug", 8.0, 2.0), ("bag", 20.0), ("cap",), ("hat", 9.5, 1, "x")]
cart = []
for args in raw:
    try:
        cart.append(validate(Product(*args)))
    except CartError as e:
        print("CartError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(cart)
print(sum(p.price * p.qty for p in cart))

p = cart[0]
try:
    p.price = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    p._replace(colour="red")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(p._replace(qty=5), p._asdict(), Product._fields, Product._field_defaults)
try:
    Product._make(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    Product(name="x", price=1, cost=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Product("x", 1, name="y")
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Under(NamedTuple):
        _private: int
except ValueError as e:
    print("ValueError:", e)
name, price, qty = p
print(name, price, qty, p[0], p[-1], len(p))
try:
    print(p[3])
except IndexError as e:
    print("IndexError:", e)
try:
    name, price = p
except ValueError as e:
    print("ValueError:", e)
print(Product("z", 1.0) < Product("z", 2.0), Product("a", 1.0) == ("a", 1.0, 1))
validate(Product("lamp", 30, 1))
