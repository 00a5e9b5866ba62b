class T:
    def __repr__(self): return "T()"
    def __str__(self): return "t-object"
t = T()
print(f"{t}", f"{t!r}", f"{t!s}", f"{t!a}", f"{'ü'!a}", "{0!r} {0!s} {0!a}".format("é"))
print(f"{t!r:>10}|", f"{t!s:*<12}|", "{!r:^9}".format("x"))
print(f"{'a' 'b'}", f"{3!r}", f"{None!s}", f"{[1, 'a']!r}")
