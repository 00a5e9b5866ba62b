# indent, sort_keys, separators, skipkeys, allow_nan
import json

data = {"name": "Weft", "tags": ["a", "b"], "nested": {"z": 1, "a": [1, {"k": None}]}, "empty": [], "e2": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=2, separators=(',', ': ')))
print(json.dumps({(1, 2): 'tuple key', 'ok': 1}, skipkeys=True))
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps({'b': 1, 'a': 2, 'c': {'y': 1, 'x': 2}}, sort_keys=True))
