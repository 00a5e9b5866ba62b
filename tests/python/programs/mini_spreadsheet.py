import math
class Sheet:
    def __init__(self):
        self.cells = {}
        self.evaluating = set()
    def set(self, ref, value):
        self.cells[ref] = value
    def get(self, ref):
        v = self.cells.get(ref, 0)
        if isinstance(v, str) and v.startswith("="):
            if ref in self.evaluating:
                raise ValueError(f"cycle at {ref}")
            self.evaluating.add(ref)
            try:
                return self.evaluate(v[1:])
            finally:
                self.evaluating.discard(ref)
        return v
    def cell_range(self, a, b):
        col1, row1, col2, row2 = a[0], int(a[1:]), b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]
    def evaluate(self, expr):
        expr = expr.strip()
        for fn, op in (("SUM", sum), ("MAX", max), ("MIN", min), ("AVG", lambda xs: sum(xs) / len(xs))):
            if expr.startswith(fn + "("):
                a, b = expr[len(fn) + 1:-1].split(":")
                return op([self.get(r) for r in self.cell_range(a, b)])
        for sym in "+-*/":
            left, found, right = expr.rpartition(sym)
            if found and left:
                l, r = self.evaluate(left), self.evaluate(right)
                return {"+": l + r, "-": l - r, "*": l * r, "/": l / r}[sym]
        if expr[0].isalpha():
            return self.get(expr)
        return float(expr) if "." in expr else int(expr)
s = Sheet()
for ref, v in [("A1", 10), ("A2", 20), ("A3", 30), ("B1", "=A1*2"), ("B2", "=SUM(A1:A3)"), ("B3", "=B2/A1+1"),
               ("C1", "=AVG(A1:A3)"), ("C2", "=MAX(A1:B3)"), ("C3", "=C1-B1*0.5")]:
    s.set(ref, v)
for ref in ["B1", "B2", "B3", "C1", "C2", "C3", "D9"]:
    print(ref, s.get(ref))
s.set("A1", "=C2")
try:
    s.get("B1")
except ValueError as e:
    print("error:", e)
print(math.isclose(s.evaluate("1/3*3"), 1.0))
