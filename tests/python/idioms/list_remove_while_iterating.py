nums = [1, 2, 2, 3, 4, 4, 5]
buggy = nums[:]
for n in buggy:
    if n % 2 == 0:
        buggy.remove(n)
print("buggy:", buggy)
correct = [n for n in nums if n % 2]
print("comprehension:", correct)
safe = nums[:]
for n in safe[:]:
    if n % 2 == 0:
        safe.remove(n)
print("iterate copy:", safe)
back = nums[:]
for i in range(len(back) - 1, -1, -1):
    if back[i] % 2 == 0:
        del back[i]
print("backwards:", back)
d = {"a": 1, "b": 2, "c": 3}
for k in [k for k, v in d.items() if v > 1]:
    del d[k]
print(d)
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
