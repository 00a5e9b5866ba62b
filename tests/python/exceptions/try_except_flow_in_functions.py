def lookup(d, *keys):
    try:
        for k in keys:
            d = d[k]
    except KeyError as e:
        return f"missing key {e}"
    except TypeError:
        return f"cannot index into {type(d).__name__}"
    except IndexError:
        return "index out of range"
    else:
        return d
    finally:
        print("lookup", keys, "done")
data = {"a": {"b": [10, 20, {"c": "deep"}]}}
print(lookup(data, "a", "b", 2, "c"))
print(lookup(data, "a", "x"))
print(lookup(data, "a", "b", 0, "z"))
print(lookup(data, "a", "b", 9))
