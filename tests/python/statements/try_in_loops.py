results = []
for value in ["10", "x", "0", "5", None]:
    try:
        n = int(value)
        r = 100 // n
    except (TypeError, ValueError) as e:
        results.append(f"bad {value!r}: {type(e).__name__}")
        continue
    except ZeroDivisionError:
        results.append("zero")
        break
    else:
        results.append(r)
    finally:
        results.append("|")
print(results)
def first_valid(values):
    for v in values:
        try:
            return int(v)
        except ValueError:
            pass
        finally:
            print("checked", v)
    return None
print(first_valid(["a", "b", "7", "8"]))
