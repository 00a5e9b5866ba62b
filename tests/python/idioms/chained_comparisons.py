x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
def grade(score):
    if 90 <= score <= 100:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 0 <= score < 80:
        return "C"
    return "invalid"
print([grade(s) for s in (95, 85, 40, 101, -1)])
a = b = c = 3
print(a == b == c, a < b < c, a is b is c)
print(1 < 2 == 2 > 1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(3) < v(2) < v(1), calls)
print("a" < "b" < "c", [1, 2] < [1, 3] < [2])
