for f in [lambda: "abc".find(1, "x"), lambda: "abc".startswith(1, "x"), lambda: "abc".endswith(1, None, "x"), lambda: b"abc".find("x", "y"), lambda: b"abc".count(1.5, "y"),
          lambda: bytearray(b"abc").index(b"a", "q"), lambda: "abc".count("a", 1.5), lambda: "abc".rindex(None, None, "e"), lambda: b"abc".startswith(1, "x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
