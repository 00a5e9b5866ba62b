# itertools is compiled into CPython (no __file__ there), so a Python 2 name imported from it
# gives "(unknown location)" and ImportError.path None.
try:
    from itertools import izip
except ImportError as e:
    print(e)
    print(e.name, e.path)
from itertools import imap
