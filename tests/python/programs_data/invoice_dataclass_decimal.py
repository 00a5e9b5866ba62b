from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta
from enum import Enum
import json

CENT = Decimal("0.01")

class Status(Enum):
    DRAFT = "draft"
    SENT = "sent"
    PAID = "paid"

@dataclass
class Line:
    desc: str
    qty: int
    unit: Decimal
    discount: Decimal = Decimal("0")
    @property
    def amount(self) -> Decimal:
        gross = self.qty * self.unit
        return (gross - gross * self.discount).quantize(CENT, ROUND_HALF_UP)

@dataclass
class Invoice:
    number: str
    issued: date
    lines: list = field(default_factory=list)
    tax_rate: Decimal = Decimal("0.2")
    status: Status = Status.DRAFT
    terms_days: int = 30
    def __post_init__(self):
        if not self.number.startswith("INV-"):
            raise ValueError(f"bad invoice number {self.number!r}")
    @property
    def due(self):
        return self.issued + timedelta(days=self.terms_days)
    def subtotal(self):
        return sum((l.amount for l in self.lines), Decimal("0"))
    def tax(self):
        return (self.subtotal() * self.tax_rate).quantize(CENT, ROUND_HALF_UP)
    def total(self):
        return self.subtotal() + self.tax()
    def render(self):
        out = [f"Invoice {self.number}  issued {self.issued:%d %b %Y}  due {self.due.isoformat()}  [{self.status.value}]"]
        for l in self.lines:
            disc = f"-{l.discount:.0%}" if l.discount else ""
            out.append(f"  {l.desc:<20}{l.qty:>4} x {l.unit:>8}{disc:>6}{l.amount:>11}")
        out.append(f"  {'Subtotal':>45}{self.subtotal():>10}")
        out.append(f"  {'Tax ' + format(self.tax_rate, '.0%'):>45}{self.tax():>10}")
        out.append(f"  {'TOTAL':>45}{self.total():>10}")
        return "\n".join(out)

inv = Invoice("INV-0042", date(2024, 2, 15))
inv.lines += [Line("Consulting hours", 12, Decimal("95.00")), Line("Travel", 1, Decimal("123.456")),
              Line("License", 3, Decimal("49.99"), Decimal("0.15"))]
print(inv.render())
inv.status = Status.SENT
print(inv.status, inv.status.name, Status("paid"))
def enc(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Enum):
        return o.value
    raise TypeError(type(o).__name__)
print(json.dumps(asdict(inv), default=enc, indent=1)[:300])
try:
    Invoice("42", date(2024, 1, 1))
except ValueError as e:
    print(type(e).__name__, e)
overdue = [d for d in (date(2024, 3, 1), date(2024, 3, 16), date(2024, 3, 17)) if d > inv.due]
print(inv.due, overdue, (date(2024, 4, 1) - inv.due).days)
print(Decimal("123.456").quantize(CENT), Decimal("0.125").quantize(CENT), Decimal("0.135").quantize(CENT), Decimal("0.125").quantize(CENT, ROUND_HALF_UP))
Status("void")
