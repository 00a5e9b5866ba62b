# dumps of every JSON type, with default options
import json

print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "text"}))
print(json.dumps([1, -2, 3.0, 1e100, 1.5e-7, 0.1, 1/3, -0.0, 10**20]))
print(json.dumps("quote \" backslash \\ newline \n tab \t bell \x07"))
print(json.dumps("é ü 中 😀"), json.dumps("é 😀", ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(None), json.dumps(True))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps({"nested": {"deep": [{"x": [[]]}]}}))
class S(str): pass
class I(int): pass
print(json.dumps([S('sub'), I(7)]))
