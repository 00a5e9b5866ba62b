import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
t.assertRaises(ValueError, int, 'x')
with t.assertRaisesRegex(ValueError, r'invalid literal'):
    int('y')
for body in (lambda: t.assertRaises(KeyError, lambda: None),
             lambda: t.assertRaisesRegex(ValueError, 'nomatch', int, 'z')):
    try:
        body()
    except AssertionError as e:
        print('AssertionError:', e)
try:
    with t.assertRaises(TypeError):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(TypeError, msg='extra'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(TypeError):
        raise ValueError('other')
except ValueError as e:
    print('propagated', e)
with t.assertRaises((KeyError, IndexError)):
    [][0]
try:
    t.assertRaises(5)
except TypeError as e:
    print('TypeError:', e)
with t.assertWarns(UserWarning) as w:
    warnings.warn('careful', UserWarning)
print(w.warning)
try:
    with t.assertWarns(DeprecationWarning):
        pass
except AssertionError as e:
    print('AssertionError:', e)
