def get_age(text):
    try:
        age = int(text)
    except ValueError:
        return f"{text!r} is not a number"
    else:
        if not 0 <= age <= 150:
            return f"{age} out of range"
        return f"age accepted: {age}"

for t in ["42", "-1", "abc", "200", "0"]:
    print(get_age(t))

def lookup(d, *keys):
    try:
        for k in keys:
            d = d[k]
    except (KeyError, IndexError, TypeError) as e:
        return f"failed at {k!r} ({type(e).__name__})"
    return d

data = {"a": [{"b": 1}, {"c": [5, 6]}]}
print(lookup(data, "a", 1, "c", 0))
print(lookup(data, "a", 5))
print(lookup(data, "x"))
print(lookup(data, "a", 0, "b", "z"))
