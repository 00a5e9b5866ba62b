from dataclasses import dataclass, field
from statistics import mean, median, pstdev
from typing import List

@dataclass
class Student:
    name: str
    scores: List[int] = field(default_factory=list)
    @property
    def average(self):
        return mean(self.scores) if self.scores else 0.0
    def letter(self):
        avg = self.average
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return letter
        return "F"

raw = """alice: 90, 85, 77, 92
bob: 60, 71, 58
carol: 100, 95
dave:
erin: 88, x, 91"""
students = []
for line in raw.splitlines():
    name, _, rest = line.partition(":")
    scores = []
    for tok in rest.split(","):
        tok = tok.strip()
        if not tok:
            continue
        try:
            scores.append(int(tok))
        except ValueError as e:
            print(f"skip {name}: {e}")
    students.append(Student(name.strip().title(), scores))
print(f"{'Name':<8}{'N':>3}{'Avg':>8}{'Med':>7}{'Sd':>7} Grade")
for s in sorted(students, key=lambda s: (-s.average, s.name)):
    med = median(s.scores) if s.scores else 0
    sd = pstdev(s.scores) if s.scores else 0
    print(f"{s.name:<8}{len(s.scores):>3}{s.average:>8.2f}{med:>7}{sd:>7.2f} {s.letter()}")
print(students[0])
everyone = [x for s in students for x in s.scores]
print(len(everyone), mean(everyone), median(everyone), round(pstdev(everyone), 4))
dist = {}
for s in students:
    dist.setdefault(s.letter(), []).append(s.name)
print(dict(sorted(dist.items())))
best = max(students, key=lambda s: s.average)
print(f"top: {best.name} ({best.average:.1f})")
print(repr(mean([1, 2])), repr(median([1, 2])), repr(mean([1.0, 2])), repr(median([3, 1, 2])))
