# Unparenthesised star unpacking in return/yield (3.8), in subscripts (3.11), and in for (3.9).
def parse(family):
    lastname, *members = family.split()
    return lastname.upper(), *members


def gen():
    rest = (2, 3)
    yield 1, *rest


print(parse("simpsons homer marge bart"), list(gen()))


class Idx:
    def __getitem__(self, key):
        return key


extra = (2, 3)
print(Idx()[1, *extra], Idx()[*extra], Idx()[*extra, 4:5])
for x in *extra, 4:
    print(x, end=" ")
print()
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*extra,))
try:
    compile("x = *a", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("print(*a for a in b)", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
