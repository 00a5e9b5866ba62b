import doctest
import io
import os
import tempfile
import unittest


def good():
    """
    >>> good()
    'good'
    """
    return 'good'


def bad():
    """
    >>> bad()
    'good'
    """
    return 'bad'


def nothing():
    """No examples here."""


suite = doctest.DocTestSuite()
print(suite.countTestCases())
for case in suite:
    print(repr(case), case.id(), case.shortDescription())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
message = result.failures[0][1].replace(__file__, 'FILE')
print(message[message.index('AssertionError'):])

d = tempfile.mkdtemp()
path = os.path.join(d, 'story.txt')
with open(path, 'w') as f:
    f.write('A story\n\n>>> x = 2\n>>> x * 3\n6\n>>> x + 1\n4\n')
fsuite = doctest.DocFileSuite(path, module_relative=False)
case = list(fsuite)[0]
print(case.id(), repr(case).replace(d, 'DIR'))
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(fsuite)
print(result.testsRun, len(result.failures))
print(result.failures[0][1].split('AssertionError: ')[1].replace(d, 'DIR'))
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError', e.args)
os.remove(path)
os.rmdir(d)
