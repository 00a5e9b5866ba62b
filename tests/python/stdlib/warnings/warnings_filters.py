# simplefilter, filterwarnings, resetwarnings and the actions
import warnings, os

def show(message, category, filename, lineno, file=None, line=None):
    print('  shown: %s: %s' % (category.__name__, message))
warnings.showwarning = show

warnings.simplefilter('error', UserWarning)
try:
    warnings.warn('becomes error')
except UserWarning as e:
    print('raised', repr(e))
warnings.resetwarnings()
warnings.filterwarnings('ignore', message='skip.*')
warnings.warn('skip me')
warnings.warn('show me')
warnings.simplefilter('always')
for i in range(2):
    warnings.warn('always shown')
warnings.simplefilter('once')
for i in range(2):
    warnings.warn('once only')
    warnings.warn('once only')
warnings.filterwarnings('error', category=RuntimeWarning, append=True)
warnings.warn('still once', RuntimeWarning)
warnings.simplefilter('ignore', DeprecationWarning)
warnings.warn('dep', DeprecationWarning)
print(warnings.filters[0][:1], warnings.filters[0][2].__name__)
try:
    warnings.simplefilter('explode')
except AssertionError as e:
    print('AssertionError:', e)
