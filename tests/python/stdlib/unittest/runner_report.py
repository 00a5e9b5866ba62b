import io
import re
import unittest


class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.values = [3, 1, 2]

    def tearDown(self):
        self.values = None

    def test_sum(self):
        self.assertEqual(sum(self.values), 6)

    def test_sorted(self):
        """Sorting gives ascending order."""
        self.assertEqual(sorted(self.values), [1, 2, 3])

    def test_wrong(self):
        self.assertEqual(max(self.values), 2)

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        self.fail('never')

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)


def run(verbosity):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Arithmetic)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in TIME', stream.getvalue())
    # keep the report without file paths and source lines of tracebacks
    for line in text.splitlines():
        if not line.startswith('  '):
            print(line)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())


run(1)
print('=' * 10)
run(2)
print('=' * 10)
run(0)
