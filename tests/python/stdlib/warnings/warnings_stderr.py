# the default showwarning writes to sys.stderr: capture it and compare with the CPython layout
import warnings, sys, io, os

buf = io.StringIO()
sys.stderr = buf
try:
    warnings.warn('to stderr')
    warnings.warn('to stderr')
    def f():
        warnings.warn('from f', RuntimeWarning, stacklevel=2)
    f()
finally:
    sys.stderr = sys.__stderr__
text = buf.getvalue().replace(os.path.abspath(__file__), 'FILE').replace(__file__, 'FILE')
print(text, end='')
