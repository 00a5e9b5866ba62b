cases = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: len(5),
    lambda: None(),
    lambda: [1, 2] * 1.5,
    lambda: {}[[1]],
    lambda: int([1]),
    lambda: sorted([1, "a"]),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda *, k: k)(1),
    lambda: "abc"[1.0],
    lambda: iter(5),
    lambda: next([1]),
    lambda: abs("x"),
    lambda: -"x",
    lambda: "x" * "y",
    lambda: max(),
    lambda: divmod(1),
    lambda: hash([]),
    lambda: object().x,
    lambda: (1, 2).append(3),
    lambda: str.join(",", [1, 2]),
    lambda: f"{1:x}{'a':d}",
    lambda: int("12a"),
    lambda: float("x1"),
    lambda: [].remove(1),
    lambda: (1, 2).index(3),
    lambda: "abc".index("z"),
    lambda: dict([(1, 2, 3)]),
    lambda: chr(-1),
    lambda: range(1, 2, 0),
    lambda: [1][5],
    lambda: "".pop(),
    lambda: int("5", 1),
]
for i, f in enumerate(cases):
    try:
        f()
    except Exception as e:
        print(f"{i:2} {type(e).__name__}: {e}")
class Meters:
    def __init__(self, v): self.v = v
Meters(1) < Meters(2)
