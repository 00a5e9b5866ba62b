import csv
import io
from collections import namedtuple
from typing import NamedTuple

RAW = """sku,desc,qty,unit_price
A1,"Bolt, M6",100,0.05
B2,Nut M6,250,0.02
C3,"Washer ""flat""",,0.01
D4,Spring,12,0.75
"""
reader = csv.reader(io.StringIO(RAW))
Row = namedtuple("Row", next(reader))
rows = [Row._make(r) for r in reader]
for r in rows:
    print(r)
class Line(NamedTuple):
    sku: str
    qty: int
    price: float
    @property
    def total(self):
        return self.qty * self.price
lines = []
for r in rows:
    try:
        lines.append(Line(r.sku, int(r.qty), float(r.unit_price)))
    except ValueError as e:
        print(f"{r.sku}: {type(e).__name__}: {e}")
for l in lines:
    print(f"{l.sku:<4}{l.qty:>5}{l.price:>7.2f}{l.total:>8.2f}")
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(Line._fields + ("total",))
w.writerows(l + (round(l.total, 2),) for l in lines)
print(out.getvalue())
print([l._asdict() for l in lines[:1]], Line._field_defaults, Row._fields)
print(Line("X", 1, 2.0)._replace(qty=5), Line("X", 1, 2.0) == ("X", 1, 2.0))
Row("only", "three", "fields")
