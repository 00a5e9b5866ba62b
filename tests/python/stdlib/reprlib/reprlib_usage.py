# summarising large data in logs
import reprlib

data = {'ids': list(range(1000)), 'name': 'a very long descriptive name ' * 4, 'nested': [[i] * 10 for i in range(10)]}
for k, v in data.items():
    print(k, '=', reprlib.repr(v))
print(reprlib.repr(data))
