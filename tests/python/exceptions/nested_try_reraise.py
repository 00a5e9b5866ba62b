def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("wrong handler")
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught", e)
        raise RuntimeError("wrapped") from e
try:
    level1()
except RuntimeError as e:
    print(e, "<-", e.__cause__)
def retry(n):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < n:
                raise ConnectionError("flaky")
            return attempts
        except ConnectionError as e:
            print("attempt", attempts, "failed:", e)
print("succeeded after", retry(3))
