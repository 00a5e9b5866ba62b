# A set display of more than two constants is compiled by CPython to set().update(frozenset
# constant), and `for x in {constants}` iterates that frozenset constant: when items collide in
# the hash table, the order differs from adding the items one by one.
print({2, 3, 5, 7, 11, 13})
print({25, 35, 5, 15}, {100, 200, 300, 400, 500, 600}, {0, 8, 16, 24, 32, 40, 48})
print({9, 18, 27, 36, 45, 54, 63, 72, 81, 90})
print({-1, -2, 2 ** 62, -2 ** 62}, {7, 15, 23, 31, 39, 47})
print({(1, 2), (2, 1), (9, 9), (0, 0)}, {1.5, 9.5, 17.5})
a, b, c = 8, 16, 24
print({a, b, c, 0}, {8, 16, 24, 0}, set([8, 16, 24, 0]), {8, 16})
for x in {64, 32, 16, 8, 0}:
    print(x, end=" ")
print()
print([x for x in {40, 8, 24, 56}], list({40, 8, 24, 56}))
s = {1, 9, 17, 25, 33}
s.add(41)
print(s, s | {49}, {1, 9, 17} | {25, 33})
print({1 << 3, 2 * 8, 48 // 2, 2 ** 5, ~-41, 3 + 5 * 9})
print({2 ** 100, 2 ** 101, 2 ** 102}, {(1,) * 2, 10 % 7, 3.5 * 2, -(2 ** 3)})
