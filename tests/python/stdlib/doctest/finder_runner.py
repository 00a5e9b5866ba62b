import contextlib
import doctest
import io


def f():
    """
    >>> f()
    42
    """
    return 42


class K:
    """>>> K().m()
    'm'
    """

    def m(self):
        """>>> 1
        1
        """
        return 'm'


finder = doctest.DocTestFinder()
for t in finder.find(K, 'K', globs={}):
    print(t.name, len(t.examples), t.lineno)
tests = doctest.DocTestFinder(recurse=False).find(f, globs={})
print([(t.name, len(t.examples)) for t in tests])
print(doctest.DocTestFinder().find('>>> 1\n1\n', 'strobj', module=False, globs={}))
try:
    doctest.DocTestFinder().find(object())
except ValueError as e:
    print(e)

runner = doctest.DocTestRunner(verbose=False)
for t in doctest.DocTestFinder().find(f, globs={'f': f}):
    print(runner.run(t, out=lambda s: print('OUT', s, end='')))
bad = doctest.DocTestParser().get_doctest('>>> f()\n41\n', {'f': f}, 'badf', None, 0)
print(runner.run(bad))
print(runner.summarize(verbose=True))
print(runner.tries, runner.failures)

g = {'v': 7}
t = doctest.DocTestParser().get_doctest('>>> v\n7\n>>> w = 1\n', g, 'keep', None, 0)
runner.run(t, clear_globs=False)
print(sorted(k for k in t.globs if k != '__builtins__'), g)

doctest.run_docstring_examples(f, {'f': f})
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    doctest.run_docstring_examples(f, {'f': lambda: 0}, name='lam')
print(buf.getvalue().replace(__file__, 'FILE'), end='')
doctest.run_docstring_examples(f, {'f': f}, verbose=True)
