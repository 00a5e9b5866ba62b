def helper():
    return "helper called"

def main():
    print("main running in", __name__)
    print(helper())
    return 0

print("top-level code runs first")
if __name__ == "__main__":
    status = main()
    print("status", status)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
print(callable(main), main.__module__)
