# Capture patterns bind even when a later part of the pattern fails.
match (1, 2, 3):
    case (a, b, 4):
        print("no")
    case _:
        pass
# whether a and b are bound after a failed match is implementation-defined;
# what is certain is what a successful match leaves behind
match [10, [20, 30]]:
    case [x, [y, z]] as whole:
        print(x, y, z, whole)

match 42:
    case _:
        print("wildcard binds nothing:", "_" in dir())

match {"k": [1, 2]}:
    case {"k": [_, second] as lst}:
        print(second, lst)

# as-pattern around an or-pattern
for v in [1, "one", 1.5]:
    match v:
        case (int() | str()) as thing:
            print("int or str:", repr(thing))
        case float(f):
            print("float via self-match:", f)

# names bound in a case are ordinary locals of the function
def f(subject):
    match subject:
        case [k, v]:
            pass
    return sorted(n for n in locals() if n != "subject")

print(f([1, 2]))
print(f("no"))
