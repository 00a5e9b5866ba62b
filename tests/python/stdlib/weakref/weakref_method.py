# WeakMethod and a cache keyed by weak references
import weakref

class Handler:
    def __init__(self, name):
        self.name = name
    def handle(self, x):
        return '%s handled %s' % (self.name, x)

h = Handler('h1')
wm = weakref.WeakMethod(h.handle)
m = wm()
print(m('event'), m.__self__ is h)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError:', str(e).split(',')[0])
cache = weakref.WeakKeyDictionary()
def compute(obj):
    if obj not in cache:
        print('computing for', obj.name)
        cache[obj] = len(obj.name) * 10
    return cache[obj]
print(compute(h), compute(h), len(cache))
