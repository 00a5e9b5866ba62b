import contextlib
import io
import re
import sys
import unittest


class Good(unittest.TestCase):
    def test_one(self):
        self.assertIn('a', 'abc')

    def test_two(self):
        self.assertLess(1, 2)


class Bad(unittest.TestCase):
    def test_fails(self):
        self.assertEqual(2 + 2, 5)


def main(argv):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            unittest.main(argv=argv)
        except SystemExit as e:
            print('exit status', e.code)
    text = re.sub(r'in [0-9.]+s', 'in TIME', err.getvalue())
    print('\n'.join(l for l in text.splitlines() if not l.startswith('  ')))


main(['prog'])
main(['prog', 'Good'])
main(['prog', '-v', 'Good.test_two', 'Bad'])
prog = unittest.main(argv=['prog', 'Good'], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.wasSuccessful(), prog.result.testsRun)
