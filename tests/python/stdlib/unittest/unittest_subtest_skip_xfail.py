import io, re, unittest, sys

@unittest.skip("whole class skipped")
class Skipped(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass

class SetupFails(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")
    def test_x(self): pass

class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise ValueError("tearDown broke")
    def test_y(self): pass

class Cleanups(unittest.TestCase):
    def test_cleanup_error(self):
        self.addCleanup(int, "not a number")

class SubFail(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i, kind="odd" if i % 2 else "even"):
                if i == 1:
                    raise KeyError(i)
                self.assertEqual(i % 2, 0)
    def test_sub_msg(self):
        with self.subTest("plain message"):
            self.fail("inside")
    @unittest.expectedFailure
    def test_xfail_sub(self):
        with self.subTest(k=1):
            self.assertEqual(1, 2)
    def test_skip_sub(self):
        for i in range(2):
            with self.subTest(i=i):
                if i:
                    self.skipTest("skip %d" % i)

class ClassSetupSkip(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resources")
    def test_z(self): pass

suite = unittest.TestSuite()
for c in (Skipped, SetupFails, TearDownFails, Cleanups, SubFail, ClassSetupSkip):
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(c))
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in T", buf.getvalue())
out = re.sub(r'File ".*?", line \d+', 'File "F", line N', out)
print(out)
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped), len(res.expectedFailures))
print([str(t) for t, _ in res.errors])
print([str(t) for t, _ in res.skipped])
print(unittest.TextTestResult.separator1[:5], unittest.TextTestResult.separator2[:5])
