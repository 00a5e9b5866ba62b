import array
a = array.array('i', [5, 3, 8, 1])
print(sorted(a), max(a), a[::2], a[::-1], a == array.array('i', [5, 3, 8, 1]), a < array.array('i', [6]))
a += array.array('i', [0]); print(a)
a *= 2; print(a, len(a))
a.remove(8); print(a, a.buffer_info()[1])
a.fromlist([10, 11]); print(a)
print(list(enumerate(array.array('d', [0.5, 0.25]))), [x * 2 for x in array.array('b', [-1, 2])])
