# catch_warnings(record=True) and restoring the filters
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', RuntimeWarning)
    warnings.warn('third', DeprecationWarning)
    print(len(w))
    for m in w:
        print(m.category.__name__, str(m.message), m.lineno, type(m.message).__name__)
print(warnings.filters == before)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('err inside')
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    print(w)
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
