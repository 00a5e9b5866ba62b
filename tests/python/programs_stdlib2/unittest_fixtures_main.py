import io
import sys
import unittest

events = []


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class StackTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        self.s = Stack()
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown")

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")

    def test_short_description(self):
        """Checks the doc line is used."""
        self.assertEqual(self.shortDescription(), "Checks the doc line is used.")


stream = io.StringIO()
prog = unittest.main(argv=["prog", "-v"], exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
lines = stream.getvalue().splitlines()
for line in lines:
    if line.startswith("Ran "):
        print("Ran N tests")
    else:
        print(line)
print(prog.result.testsRun, prog.result.wasSuccessful())
for e in events:
    print(e)
case = StackTest("test_empty")
print(case.id(), str(case).replace("__main__", "M"), repr(case).replace("__main__", "M"))
print(case.countTestCases(), case.shortDescription())
r = unittest.TestResult()
case.run(r)
print(r, r.testsRun)
func = unittest.FunctionTestCase(lambda: None, description="lambda test")
print(func.shortDescription(), unittest.TestResult().wasSuccessful())
