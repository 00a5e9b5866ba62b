def describe(name, age=None, *hobbies, city="unknown", **extra):
    parts = [name]
    if age is not None:
        parts.append(str(age))
    if hobbies:
        parts.append("likes " + "/".join(hobbies))
    parts.append("from " + city)
    for k in sorted(extra):
        parts.append(f"{k}={extra[k]}")
    return ", ".join(parts)

print(describe("ann"))
print(describe("bob", 30))
print(describe("cy", 22, "chess", "go", city="Oslo"))
print(describe("di", city="Rome", pet="cat", job="dev"))
args = ("eve", 41, "ski")
kwargs = {"city": "Bern", "lang": "de"}
print(describe(*args, **kwargs))

def append_to(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(append_to(1), append_to(2))
