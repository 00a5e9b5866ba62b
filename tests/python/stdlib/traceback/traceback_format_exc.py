# format_exc and print_exc inside an except block (file paths reduced to base names)
import traceback, sys, os

def clean(text):
    return text.replace(os.path.abspath(__file__), os.path.basename(__file__)).replace(__file__, os.path.basename(__file__))

def inner(x):
    raise ValueError('bad value %r' % x)

def outer():
    inner(42)

try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()))
print(repr(traceback.format_exc()))
try:
    raise KeyError('k')
except KeyError:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()))
