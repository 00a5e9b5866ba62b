def find_first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            print("negative at", i)
            break
    else:
        print("no negatives")

find_first_negative([3, 4, -1, 5])
find_first_negative([1, 2])
find_first_negative([])

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
target = 15
pairs = [1, 4, 7, 11, 14]
for a in pairs:
    for b in pairs:
        if a < b and a + b == target:
            print("pair", a, b)
            break
    else:
        continue
    break
