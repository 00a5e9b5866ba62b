# collections.OrderedDict (LastUpdated, move_to_end, LRU) and ChainMap (DeepChainMap, nested contexts).
from collections import OrderedDict, ChainMap

class LastUpdatedOrderedDict(OrderedDict):
    'Store items in the order the keys were last added'
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

d = LastUpdatedOrderedDict(a=1, b=2, c=3)
d['a'] = 10
print(d, list(d))
d = OrderedDict.fromkeys('abcde')
d.move_to_end('b')
print(''.join(d))
d.move_to_end('b', last=False)
print(''.join(d), d.popitem(), d.popitem(last=False), list(d))

class LRU(OrderedDict):
    def __init__(self, maxsize=2):
        self.maxsize = maxsize
        super().__init__()
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]
c = LRU()
c['a'] = 1
c['b'] = 2
c['a']
c['c'] = 3
print(c)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1) | {'b': 2}, list(reversed(OrderedDict(x=1, y=2))))

baseline = {'music': 'bach', 'art': 'rembrandt'}
adjustments = {'art': 'van gogh', 'opera': 'carmen'}
print(list(ChainMap(adjustments, baseline)))
combined = baseline.copy()
combined.update(adjustments)
print(list(combined))
defaults = {'color': 'red', 'user': 'guest'}
command_line = {'user': 'alice'}
env = {'color': 'blue'}
combined = ChainMap(command_line, env, defaults)
print(combined['color'], combined['user'])
c = ChainMap()
d = c.new_child()
e = c.new_child()
e.maps[0]
e.maps[-1]
e.parents
d['x'] = 1
print(d['x'], d, len(d), 'x' in c, list(d.items()))
del d['x']
print(d)
try:
    del d['missing']
except KeyError as e:
    print('KeyError:', e)

class DeepChainMap(ChainMap):
    'Variant of ChainMap that allows direct updates to inner scopes'
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value
    def __delitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                del mapping[key]
                return
        raise KeyError(key)

d = DeepChainMap({'zebra': 'black'}, {'elephant': 'blue'}, {'lion': 'yellow'})
d['lion'] = 'orange'
d['snake'] = 'red'
del d['elephant']
print(d)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm.parents, cm.new_child({'z': 0}), dict(cm), cm.get('q', 'none'))
