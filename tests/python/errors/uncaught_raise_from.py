def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad config value {s!r}") from e
print(parse("5"))
parse("five")
