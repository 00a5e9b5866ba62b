# Ends with an uncaught ValueError from int() on user-style input.
lines = ['42', ' 17 ', '-3', '0x1f', '3.5']
parsed = []
for s in lines[:3]:
    parsed.append(int(s))
print(parsed, sum(parsed))
print(int(lines[3], 16), int(lines[3], 0))
try:
    int(lines[4])
except ValueError as e:
    print('caught:', e)
print(float(lines[4]))
values = [int(s) for s in lines]
print(values)
