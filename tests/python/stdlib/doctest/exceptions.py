import doctest

TEXT = '''
>>> int('x')
Traceback (most recent call last):
  ...
ValueError: invalid literal for int() with base 10: 'x'
>>> raise KeyError('k')
Traceback (most recent call last):
KeyError: 'k'
>>> raise ValueError('multi\\nline')
Traceback (most recent call last):
ValueError: multi
line
>>> raise ValueError('detail one')
Traceback (most recent call last):
ValueError: detail two
>>> raise ValueError('detail one')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
mypackage.ValueError: something else
>>> raise TypeError('t')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ValueError: t
>>> raise ZeroDivisionError('zz')  # doctest: +ELLIPSIS
Traceback (most recent call last):
ZeroDivisionError: ...
'''

parser = doctest.DocTestParser()
test = parser.get_doctest(TEXT, {}, 'exc', 'exc.txt', 10)
for ex in test.examples:
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.options)


class Quiet(doctest.DocTestRunner):
    def report_failure(self, out, test, example, got):
        out('FAIL at line %d: %r\n' % (example.lineno, got.splitlines()[-1]))


print(Quiet(verbose=False).run(test))

r = doctest.DebugRunner(verbose=False)
t2 = parser.get_doctest(">>> 1/0\n>>> 2\n3\n", {}, 'dbg', None, 0)
try:
    r.run(t2)
except doctest.UnexpectedException as e:
    print('unexpected', e.exc_info[0].__name__, repr(e.example.source), e.test.name)
t3 = parser.get_doctest(">>> 2\n3\n", {}, 'dbg2', None, 0)
try:
    r.run(t3)
except doctest.DocTestFailure as e:
    print('failure', repr(e.got), repr(e.example.want))

# An unexpected exception: the report shows the traceback; its frames name files that differ
# between installations, so only the header lines and the exception line are compared.
chunks = []
t4 = parser.get_doctest(">>> def h(x):\n...     return 10 // x\n>>> h(0)\n5\n>>> print('after')\nafter\n",
                        {}, 'unexp', 'unexp.txt', 20)
print(doctest.DocTestRunner(verbose=False).run(t4, out=chunks.append))
report = ''.join(chunks).splitlines()
print('\n'.join(report[:6]))
print(report[-1])
