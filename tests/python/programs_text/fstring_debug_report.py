from dataclasses import dataclass, field
@dataclass
class Student:
    name: str
    scores: list = field(default_factory=list)
    @property
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else float("nan")
    def grade(self):
        a = self.average
        return "A" if a >= 90 else "B" if a >= 80 else "C" if a >= 70 else "F" if a == a else "?"
students = [Student("Ann", [95, 88, 92]), Student("Bartholomew", [72, 65, 80, 77]), Student("Cy", []), Student("Đặng", [100, 99.5])]
for s in students:
    print(f"{s.name!r:<15} {s.average:6.2f} {s.grade():^3} {len(s.scores)=} {s.scores!s:>24}")
best = max((s for s in students if s.scores), key=lambda s: s.average)
print(f"{best.name=}, {best.average=:.3f}, {best=}")
print(f"{students[0]!r}")
x = 42
print(f"{x = }", f"{x=!r}", f"{x = :>6}", f"{x*2 = :#x}", f"{(x, x) = }", f"{x if x else 0 = }")
name = "width"
print(f"{'{'}literal{'}'}", f"{{{name}}}", f"{name!r:*^15}")
nested = {"a": {"b": [10, 20, {"c": "deep"}]}}
print(f"{nested['a']['b'][2]['c'].upper()=}")
print(f"{3.0:.{x // 10}f}", f"{'x':>{x // 7}}|", f"{123456:,}"[::-1])
def fmt_time(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}" if isinstance(s, float) else f"{h:02d}:{m:02d}:{s:02d}"
print(fmt_time(3725), fmt_time(59.5), fmt_time(86399), fmt_time(0))
