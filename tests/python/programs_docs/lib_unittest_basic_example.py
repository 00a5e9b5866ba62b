# unittest: the basic example (TestStringMethods) and a failing case, run by a TextTestRunner on StringIO.
import io
import re
import unittest

class TestStringMethods(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('foo'.upper(), 'FOO')
    def test_isupper(self):
        self.assertTrue('FOO'.isupper())
        self.assertFalse('Foo'.isupper())
    def test_split(self):
        s = 'hello world'
        self.assertEqual(s.split(), ['hello', 'world'])
        with self.assertRaises(TypeError):
            s.split(2)

class WidgetTestCase(unittest.TestCase):
    def setUp(self):
        self.widget = {'size': (50, 50)}
    def tearDown(self):
        self.widget.clear()
    def test_default_widget_size(self):
        self.assertEqual(self.widget['size'], (50, 50), 'incorrect default size')
    def test_widget_resize(self):
        self.widget['size'] = (100, 150)
        self.assertEqual(self.widget['size'], (100, 151), 'wrong size after resize')
    @unittest.skip("demonstrating skipping")
    def test_nothing(self):
        self.fail("shouldn't happen")
    @unittest.expectedFailure
    def test_fail(self):
        self.assertEqual(1, 0, "broken")
    def test_even(self):
        for i in range(0, 4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_error(self):
        {}['missing']

def run(*cases):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for case in cases:
        suite.addTests(loader.loadTestsFromTestCase(case))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', stream.getvalue())
    text = re.sub(r'File ".*", line \d+', 'File "X", line N', text)
    print(text)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())

run(TestStringMethods)
run(WidgetTestCase)
print(unittest.TestLoader().getTestCaseNames(WidgetTestCase))
