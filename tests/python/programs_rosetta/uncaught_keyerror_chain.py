import traceback
prices = {"apple": 1.25, "pear": 0.8}
def price_of(item):
    try:
        return prices[item]
    except KeyError:
        raise LookupError(f"no price for {item!r}")
print(price_of("apple"))
try:
    price_of("kiwi")
except LookupError:
    lines = traceback.format_exc().strip().splitlines()
    print(lines[0])
    print(lines[-1])
    print(any("During handling of the above exception" in l for l in lines))
print(traceback.format_exception_only(ValueError("bad")), traceback.format_exception_only(KeyError("k")))
try:
    {}[("tuple", 1)]
except KeyError as e:
    print(repr(e), str(e))
d = {"a": 1}
d["missing key with 'quotes'"]
