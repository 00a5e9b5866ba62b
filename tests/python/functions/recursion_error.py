def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def again():
    return again()
try:
    again()
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
print("still alive")
