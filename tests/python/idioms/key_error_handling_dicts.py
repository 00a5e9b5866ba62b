inventory = {"apple": 5, "pear": 0}
def take(item, n):
    try:
        if inventory[item] < n:
            raise ValueError(f"only {inventory[item]} {item} left")
        inventory[item] -= n
        return f"took {n} {item}"
    except KeyError as e:
        return f"no such item: {e}"
    except ValueError as e:
        return str(e)
print(take("apple", 2))
print(take("apple", 9))
print(take("kiwi", 1))
print(inventory)
try:
    {}["a"]
except LookupError as e:
    print(type(e).__name__, e.args, repr(e))
try:
    [1][5]
except LookupError as e:
    print(type(e).__name__, e)
print(KeyError("x").args, str(KeyError("x")), str(KeyError()))
