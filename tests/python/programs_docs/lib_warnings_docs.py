# warnings: catch_warnings(record=True), filters, simplefilter('error'), formatwarning, warn_explicit, stacklevel.
import os
import warnings
def fxn():
    warnings.warn("deprecated", DeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    fxn()
    print(len(w), issubclass(w[-1].category, DeprecationWarning), "deprecated" in str(w[-1].message), w[-1].lineno > 0)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    fxn()
    print('ignored')
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        fxn()
    except DeprecationWarning as e:
        print('raised DeprecationWarning:', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('once per location', UserWarning)
    warnings.warn('other text')
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.warn('skip me')
    warnings.warn('keep me')
    try:
        warnings.warn('fatal', RuntimeWarning)
    except RuntimeWarning as e:
        print('RuntimeWarning:', e)
    print([str(x.message) for x in w])
print(warnings.formatwarning('msg text', UserWarning, 'file.py', 12, 'line of code'), end='')
print(warnings.formatwarning('msg text', SyntaxWarning, 'file.py', 3, None), end='')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', FutureWarning, 'mod.py', 99)
    warnings.warn(Warning('instance'))
    print([(str(x.message), x.category.__name__, os.path.basename(x.filename), x.lineno) for x in w])
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('custom', MyWarning)
    print(w[0].category.__name__, issubclass(MyWarning, Warning), str(w[0])[:0])
try:
    warnings.warn('bad', category=int)
except TypeError as e:
    print('TypeError:', e)
print([c.__name__ for c in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning)])
print([c.__mro__[1].__name__ for c in (UserWarning, DeprecationWarning, Warning)])
