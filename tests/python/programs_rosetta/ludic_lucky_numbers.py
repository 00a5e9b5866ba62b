def ludic(limit):
    nums = list(range(2, limit + 1))
    out = [1]
    while nums:
        first = nums[0]
        out.append(first)
        del nums[::first]
    return out

def lucky(count):
    nums = list(range(1, count * 15, 2))
    i = 1
    while i < len(nums) and nums[i] <= len(nums):
        step = nums[i]
        del nums[step - 1::step]
        i += 1
    return nums[:count]

L = ludic(22000)
print(L[:25])
print(sum(1 for x in L if x <= 1000), L[1999:2005])
print([(a, a + 2, a + 6) for a in L if a + 2 in set(L) and a + 6 in set(L) and a < 250])
print(lucky(30))
def middle_three(n):
    s = str(abs(n))
    if len(s) < 3 or len(s) % 2 == 0:
        raise ValueError(f"{n}: need an odd number of digits, at least three")
    mid = len(s) // 2
    return s[mid - 1:mid + 2]
for n in [123, 12345, 1234567, 987654321, 10001, -10001, -123, -100, 100, -12345, 1, 2, -1, -10, 2002, -2002, 0]:
    try:
        print(f"{n:>10} {middle_three(n)}")
    except ValueError as e:
        print(f"{n:>10} error: {e}")
