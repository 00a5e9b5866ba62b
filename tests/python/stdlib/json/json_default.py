# default= hooks, JSONEncoder subclasses and unserializable objects
import json

try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({'x': object})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({'s': {3, 1, 2}}, default=sorted))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(PointEncoder(indent=1).encode({'p': Point(0, 0)}))
print(list(json.JSONEncoder().iterencode([1, {'a': 2}]))[:3] != [], ''.join(json.JSONEncoder().iterencode([1, {'a': 2}])))
try:
    json.dumps(Point(1, 2), cls=PointEncoder, default=None)
except TypeError as e:
    print('TypeError:', e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError:', e)
