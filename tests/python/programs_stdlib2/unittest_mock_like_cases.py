import io
import re
import sys
import unittest


class Account:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("negative opening balance")
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance


class AccountTests(unittest.TestCase):
    def setUp(self):
        self.acct = Account("ann", 100)

    def test_deposit(self):
        self.assertEqual(self.acct.deposit(50), 150)

    def test_deposit_invalid(self):
        for amount in (0, -5):
            with self.subTest(amount=amount):
                with self.assertRaisesRegex(ValueError, "positive"):
                    self.acct.deposit(amount)

    def test_withdraw_too_much(self):
        with self.assertRaises(RuntimeError) as cm:
            self.acct.withdraw(500)
        self.assertIn("insufficient", str(cm.exception))

    def test_subtest_failures(self):
        for amount in (10, 200, 300):
            with self.subTest("withdraw", amount=amount):
                self.assertLessEqual(amount, self.acct.balance)

    def test_float(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2, places=1)
        self.assertAlmostEqual(100, 101, delta=2)

    def test_opening(self):
        self.assertRaises(ValueError, Account, "bob", -1)

    @unittest.skipUnless(sys.platform == "nonexistent", "only on imaginary platforms")
    def test_platform(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertTrue(True)


class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")

    def test_never_runs(self):
        pass


def load(cls):
    return unittest.defaultTestLoader.loadTestsFromTestCase(cls)


suite = unittest.TestSuite([load(AccountTests), load(Broken)])
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in T", buf.getvalue())
text = re.sub(r'File ".*?", line \d+', 'File "F", line N', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.unexpectedSuccesses))
print(sorted(t.id().split(".")[-1] for t, _ in result.failures))
print([str(t) for t, _ in result.errors])
print(unittest.defaultTestLoader.getTestCaseNames(AccountTests))
