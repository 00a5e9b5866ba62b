# An AttributeError raised inside an attribute lookup (__getattr__, a property, __getattribute__)
# gets the looked-up name and object, as CPython's PyObject_GetAttr adds them; so an uncaught one
# gets a "Did you mean" suggestion.
class P:
    def __init__(self):
        self.name = "p"
    def __getattr__(self, n):
        raise AttributeError(n)
    @property
    def broken(self):
        raise AttributeError("inner problem")
    @property
    def broken2(self):
        return self.missing_thing
class Q:
    def __getattribute__(self, n):
        raise AttributeError("custom")
for obj, attr in [(P(), 'nme'), (P(), 'broken'), (P(), 'broken2'), (Q(), 'x')]:
    for how in ['dot', 'getattr', 'method']:
        try:
            if how == 'dot':
                exec('obj.' + attr, {'obj': obj})
            elif how == 'getattr':
                getattr(obj, attr)
            else:
                exec('obj.' + attr + '()', {'obj': obj})
        except AttributeError as e:
            print(attr, how, repr(e), e.name, type(e.obj).__name__)
e = AttributeError('manual', name='given', obj=5)
try:
    class R:
        def __getattr__(self, n):
            raise e
    R().zzz
except AttributeError as x:
    print(x.name, x.obj)
try:
    hasattr(P(), 'nme')
    print(getattr(P(), 'nme', 'dflt'))
except AttributeError as x:
    print('unexpected', x)
P().nme
