import io, re, sys, unittest

class T(unittest.TestCase):
    def test_a_prints(self):
        print("printed in a")
        sys.stderr.write("stderr in a\n")
        self.assertTrue(False, "fails after printing")
    def test_b_ok(self):
        print("printed in b (hidden when buffered)")
    def test_c_error(self):
        raise RuntimeError("c broke")
    def test_d_skip(self):
        self.skipTest("d skipped")

def run(**kw):
    buf = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
    res = unittest.TextTestRunner(stream=buf, **kw).run(suite)
    out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in T", buf.getvalue())
    out = re.sub(r'File ".*?", line \d+', 'File "F", line N', out)
    print("==== ", kw)
    print(out)
    print(res.testsRun, res.wasSuccessful(), res.shouldStop)

run(verbosity=1)
run(verbosity=0)
run(verbosity=2, failfast=True)
run(verbosity=1, buffer=True)
sys.stderr = sys.stdout
for argv in (["p", "-q"], ["p", "-k", "ok"], ["p", "-k", "*_c_*", "-v"], ["p", "T.test_b_ok"], ["p", "--bogus"]):
    try:
        prog = unittest.main(argv=argv, exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
        print(argv, prog.result.testsRun, len(prog.result.failures), prog.verbosity)
    except SystemExit as e:
        print(argv, "SystemExit", e.code)
