# warn with categories and stacklevel, shown through a showwarning that prints to stdout
import warnings, os

def show(message, category, filename, lineno, file=None, line=None):
    print('%s:%s: %s: %s' % (os.path.basename(filename), lineno, category.__name__, message))
warnings.showwarning = show

warnings.warn('plain')
warnings.warn('runtime', RuntimeWarning)
warnings.warn(UserWarning('instance'))
def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
old_api()
for i in range(3):
    warnings.warn('once per location')
warnings.warn('future', FutureWarning)
warnings.warn('pending', PendingDeprecationWarning)
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print('TypeError:', e)
