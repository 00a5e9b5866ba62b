print("ab" + "cd", "ab" * 3, 3 * "x", "x" * 0, "x" * -1)
print([0] * 3, [[1]] * 2, (1, 2) * 2)
print("%s-%d" % ("a", 5), "a" < "b", "abc" == "abc")
l = [[]] * 3
l[0].append(1)
print(l)
