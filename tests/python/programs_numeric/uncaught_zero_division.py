# Ends with an uncaught ZeroDivisionError raised inside a numeric helper.
def average(values):
    return sum(values) / len(values)
def normalize(values):
    m = max(values)
    return [v / m for v in values]
print(average([1, 2, 3, 4]))
print(normalize([1, 2, 4]))
print([round(x, 3) for x in normalize([3.0, 7.5, 1.2])])
print(10 // 3, 10 % 3, -10 // 3)
try:
    print(normalize([0, 0]))
except ZeroDivisionError as e:
    print('caught:', e)
try:
    1 % 0
except ZeroDivisionError as e:
    print('caught:', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('caught:', e)
try:
    divmod(1.5, 0)
except ZeroDivisionError as e:
    print('caught:', e)
print(average([]))
