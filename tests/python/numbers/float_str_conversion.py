for s in ["1", "1.", ".5", "1e5", "1E-5", "-0", "+1.5", " 2 ", "1_000.5", "inf", "-Infinity", "nan", "1e400", "-1e400", "4.9e-324", "0x10" ]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
