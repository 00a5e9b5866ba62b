from enum import Flag, IntFlag, auto
import stat, os

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE | DELETE

ROLES = {
    "guest": Perm.READ,
    "editor": Perm.RW,
    "runner": Perm.READ | Perm.EXECUTE,
    "admin": Perm.ALL,
}

def can(role: str, needed: Perm) -> bool:
    return needed in ROLES[role]

for role, perms in ROLES.items():
    print(f"{role:<7} {perms!s:<32} {perms!r}")
    print("        members:", [p.name for p in perms], "value", perms.value)
print(can("editor", Perm.WRITE), can("guest", Perm.RW), can("admin", Perm.DELETE | Perm.EXECUTE))
print(Perm.RW & Perm.EXECUTE, bool(Perm.RW & Perm.EXECUTE), Perm.ALL ^ Perm.READ, Perm.ALL & ~Perm.RW)
print(Perm(3), Perm(3) is Perm.RW, Perm(5), Perm(15) is Perm.ALL, list(Perm))
print(Perm.__members__.keys())
combined = Perm(0)
for p in (Perm.DELETE, Perm.READ):
    combined |= p
print(combined, repr(combined), len(combined))

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
def mode_string(m: int) -> str:
    out = []
    for shift in (6, 3, 0):
        bits = Mode((m >> shift) & 7)
        out.append("".join(ch if f in bits else "-" for f, ch in ((Mode.R, "r"), (Mode.W, "w"), (Mode.X, "x"))))
    return "".join(out)
for m in (0o755, 0o644, 0o600, 0o777, 0o000):
    print(oct(m), mode_string(m), stat.filemode(m | stat.S_IFREG), stat.filemode(m | stat.S_IFDIR))
print(Mode.R | Mode.W, repr(Mode(6)), Mode(6) == 6, Mode(6) + 1, Mode(15), repr(Mode(15)), repr(Mode(8)))
print(Mode.R in Mode(5), 4 in list(Mode(5)), Mode(5).value, str(Mode(5)), format(Mode(5), "03b"))
print(stat.S_ISDIR(0o40755), stat.S_ISREG(0o100644), stat.S_IMODE(0o100755) == 0o755)
