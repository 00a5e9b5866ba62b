import copy
nums = [1, 2, [3, 4]]
c = copy.copy(nums)
c.append(5); c[2].append(6)
print(nums, c, c is nums, c[2] is nums[2])
d = {'a': [1], 'b': 2}
e = copy.copy(d); e['a'].append(9); e['c'] = 3
print(d, e)
s = {1, 2, 3}; fs = frozenset(s)
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(fs) is fs)
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy((1, 2)) is not None)
for x in [42, 3.5, 'str', b'by', None, True, range(3), len]:
    print(repr(copy.copy(x)), copy.copy(x) is x, copy.deepcopy(x) is x)
ba = bytearray(b'ab'); cb = copy.copy(ba); cb.append(99); print(ba, cb)
