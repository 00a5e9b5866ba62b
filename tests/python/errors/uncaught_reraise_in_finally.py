try:
    print("try block")
    raise KeyError("original")
finally:
    print("finally block runs first")
