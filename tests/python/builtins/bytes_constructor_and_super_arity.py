# bytes()/bytearray() convert encoding and errors (str) before looking at the source, and super()
# with too many arguments names itself "super()", as CPython's checks do.
for args in [(0, 0, 0), ("a", 0), ("a", "utf-8", 5), (b"x", "utf-8"), ([], "ascii"), ("a", None), ("é", "ascii", "x"),
             ("é", "ascii", "replace"), (5, "utf-8"), ()]:
    for kind in (bytes, bytearray):
        try:
            print(kind.__name__, args, kind(*args))
        except (TypeError, LookupError, UnicodeEncodeError) as e:
            print(kind.__name__, args, type(e).__name__, e)
for args in [(int, 1, 2), (int, 1, 2, 3)]:
    try:
        super(*args)
    except TypeError as e:
        print("super", len(args), "TypeError:", e)
