votes = ["yes", "no", "yes", "yes", "abstain", "no"]
print(sum(v == "yes" for v in votes), sum(v == "no" for v in votes))
print(True + True, True * 10, False - 1, int(True), float(False))
nums = [3, -1, 4, -1, 5, -9, 2]
print(sum(1 for n in nums if n < 0), sum(n > 0 for n in nums))
print(bool(0), bool(""), bool([]), bool({}), bool(None), bool(0.0), bool("0"), bool([0]))
print(["no", "yes"][3 > 2], ("even", "odd")[7 % 2])
print(isinstance(True, int), True == 1, True is 1 if False else "skip")
flags = [True, False, True]
print(flags.count(True), flags.index(False), sorted(flags), max(flags))
print(str(True), repr(False), True & False, True | False, True ^ True)
print(hash(True) == hash(1), {1: "a", True: "b"})
