from dataclasses import dataclass, field, asdict, replace, fields
from typing import List, Dict, Optional
import json

@dataclass
class Product:
    sku: str
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict, repr=False, metadata={"unit": "count"})

@dataclass
class Line:
    product: Product
    qty: int = 1

    @property
    def subtotal(self) -> float:
        return round(self.product.price * self.qty, 2)

@dataclass
class Order:
    id: int
    lines: List[Line] = field(default_factory=list)
    note: Optional[str] = None

    def add(self, product, qty=1):
        for line in self.lines:
            if line.product.sku == product.sku:
                line.qty += qty
                return self
        self.lines.append(Line(product, qty))
        return self

    @property
    def total(self):
        return round(sum(l.subtotal for l in self.lines), 2)

pen = Product("P1", "Pen", 1.5, ["office"])
pad = Product("P2", "Pad", 3.25)
mug = Product("M1", "Mug", 8.0, ["kitchen", "gift"], {"stock": 4})
order = Order(1001).add(pen, 3).add(pad).add(pen, 2).add(mug)
print(order)
print(order.total, [l.subtotal for l in order.lines])
print(json.dumps(asdict(order), indent=2))
print(fields(Product)[-1].metadata, fields(Product)[-1].metadata["unit"])
cheaper = replace(mug, price=6.5)
print(cheaper, cheaper == mug, cheaper.tags is mug.tags)
print(Line(pen) == Line(pen, 1), Line(pen) == Line(pad))
print(sorted(order.lines, key=lambda l: l.subtotal, reverse=True)[0].product.name)
empty = Order(2, note="rush")
print(empty, empty.total, bool(empty.lines))

@dataclass
class Matrix:
    rows: list

    def __post_init__(self):
        widths = {len(r) for r in self.rows}
        if len(widths) > 1:
            raise ValueError(f"ragged rows: widths {sorted(widths)}")

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

m = Matrix([[1, 2], [3, 4]])
print(m @ m, m @ Matrix([[1], [1]]))
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print(type(e).__name__, e)
print(Order.__init__.__annotations__ if hasattr(Order.__init__, "__annotations__") else None)
print(Order.__eq__(order, 5))
Order(3).add(Product("X", "x", "free"))
print(Order(3).add(Product("X", "x", "free")).total)
