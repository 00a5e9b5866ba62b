# Swapping and multiple assignment idioms
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = 0
x += 1
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (10, 20), 30
print(p, q, r)
nums = [5, 3, 8]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
i, j = 0, len(nums) - 1
while i < j:
    nums[i], nums[j] = nums[j], nums[i]
    i, j = i + 1, j - 1
print(nums)
fib_a, fib_b = 0, 1
for _ in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_b)
