import io
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_b(self):
        log.append('b')

    def test_a(self):
        log.append('a')

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i, 2)

    def helper(self):
        pass


@unittest.skipIf(True, 'whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipUnless(False, 'needs feature')
    def test_feature(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(Fixtures))
suite.addTest(Skipped('test_x'))
suite.addTest(loader.loadTestsFromTestCase(Conditional))
print(suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(log)
print(result.testsRun, [str(t) for t, _ in result.failures])
print([(str(t), r) for t, r in result.skipped])
print(result.wasSuccessful(), repr(result).split(' ', 1)[1])
t = Fixtures('test_a')
print(str(t), repr(t), t.id(), t.shortDescription(), t.countTestCases())
print(t == Fixtures('test_a'), t == Fixtures('test_b'))
try:
    Fixtures('nope')
except ValueError as e:
    print('ValueError:', e)
f = unittest.FunctionTestCase(lambda: None, description='a function')
r = unittest.TestResult()
f.run(r)
print(r.testsRun, r.wasSuccessful(), f.shortDescription())
