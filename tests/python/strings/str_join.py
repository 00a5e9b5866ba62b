print(",".join(["a", "b", "c"]), "".join("xyz"), " - ".join(map(str, range(4))))
print("".join([]), "x".join(["only"]), "\n".join(("l1", "l2")))
print("ab".join("123"))
print(", ".join(sorted({"b": 1, "a": 2})))
