# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, JSONDecoder
import json

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))

class Obj:
    def __init__(self, d):
        self.__dict__.update(d)
    def __repr__(self):
        return 'Obj(%s)' % ', '.join('%s=%r' % kv for kv in sorted(self.__dict__.items()))

print(json.loads('{"x": 1, "y": {"z": [1, 2]}}', object_hook=Obj))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('  [3]', 2))
class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 2}}', cls=MyDecoder))
