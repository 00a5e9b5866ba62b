config = {"host": "h", "port": 80, "debug": True, "name": "x"}
match config:
    case {"host": host, "port": int(port), **others}:
        print(host, port, sorted(others))
match [1, 2, 3, 4, 5]:
    case [*head, 4, 5]:
        print("head", head)
match "not a sequence":
    case [*_]:
        print("strings are not sequence patterns")
    case _:
        print("string did not match sequence pattern")
match b"ab":
    case [*_]:
        print("bytes matched")
    case _:
        print("bytes did not match sequence pattern")
