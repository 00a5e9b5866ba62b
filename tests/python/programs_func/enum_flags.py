from enum import Flag, IntFlag, auto, Enum

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw))
print(Perm.R in rw, Perm.X in rw, bool(Perm(0)), Perm(0), repr(Perm(0)))
print(list(rw), len(rw))
print(rw & Perm.W, rw ^ Perm.R, ~Perm.R, ~rw)
print(Perm(7), repr(Perm(7)), Perm(5).name, Perm(6).value)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(Color.WHITE, repr(Color.WHITE), list(Color))
print(Color.RED | Color.BLUE, (Color.RED | Color.GREEN | Color.BLUE) is Color.WHITE)
print([c.value for c in Color], Color.WHITE.name)
print(~Color.RED)

class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4

m = Mode.READ | Mode.WRITE
print(m, repr(m), int(m), m == 3, m + 1, m | 8, repr(m | 8))
print(Mode(0), repr(Mode(0)), Mode(12), repr(Mode(12)))
print(Mode.READ & 3, type(Mode.READ & 3).__name__, type(Mode.READ + 1).__name__)
print(f"{m}", format(Mode.EXEC, "03d"), str(Mode.WRITE))
print(list(Mode(7)), Mode.EXEC in Mode(5))
print(~Mode.READ, repr(~Mode.READ))
print(Mode.READ < Mode.WRITE, sorted([Mode.EXEC, Mode.READ]))

class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    THU = 8
    FRI = 16
    SAT = 32
    SUN = 64
    WEEKEND = SAT | SUN
    WEEKDAYS = MON | TUE | WED | THU | FRI

print(Weekday.WEEKEND, Weekday.SAT | Weekday.SUN)
meet = Weekday.MON | Weekday.WED | Weekday.SAT
print(meet, [d.name for d in meet])
print(meet & Weekday.WEEKDAYS, bool(meet & Weekday.WEEKEND))
print(Weekday(127), Weekday.WEEKDAYS.value)
print(Weekday.__members__.keys())
