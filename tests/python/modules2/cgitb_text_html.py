# cgitb: text and HTML descriptions of a traceback (machine-dependent lines masked), Hook, reset
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import cgitb
print([(w.category.__name__, str(w.message)) for w in caught])
import io
import os
import re
import sys
import tempfile

LIMIT = 3

def inner(a, *args, k=1, **kw):
    total = a + LIMIT
    return total / 0

def clean(t):
    t = re.sub(r'Python \d[^\n<]*', 'PYVER', t)
    t = re.sub(r'(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}', 'DATE', t)
    return t.replace(os.path.abspath(__file__), 'THIS_FILE').replace(__file__, 'THIS_FILE')

try:
    inner(1, 2, k=3, z=4)
except ZeroDivisionError:
    info = sys.exc_info()
text = clean(cgitb.text(info, context=3))
print(text[:text.index('__cause__')])
print(text[text.index('The above is a description'):])
page = clean(cgitb.html(info, context=2))
print(page[:page.index('<br><tt>')])
print(page[page.index('<!-- The above'):])
print(repr(cgitb.reset()))
print(cgitb.small('x'), cgitb.strong('y'), cgitb.grey('z'), repr(cgitb.small('')), cgitb.__UNDEF__)
print(cgitb.lookup('LIMIT', sys._getframe(), {}), cgitb.lookup('len', sys._getframe(), {})[0],
      cgitb.lookup('nope', sys._getframe(), {'a': 1}), cgitb.lookup('a', sys._getframe(), {'a': 1}))
out = io.StringIO()
with tempfile.TemporaryDirectory() as d:
    hook = cgitb.Hook(display=0, logdir=d, file=out, format='text')
    hook(*info)
    files = os.listdir(d)
    print(len(files), files[0].endswith('.txt'))
    with open(os.path.join(d, files[0])) as f:
        print(clean(f.read()).splitlines()[0])
print(clean(out.getvalue()).replace(d, 'DIR').split('DIR')[0])
out = io.StringIO()
cgitb.Hook(file=out, format='html').handle(info)
print(out.getvalue().startswith(cgitb.reset()), '<strong>ZeroDivisionError</strong>' in out.getvalue())
cgitb.enable(display=0, format='text')
print(type(sys.excepthook).__name__, sys.excepthook.format, sys.excepthook.display, sys.excepthook.context)
