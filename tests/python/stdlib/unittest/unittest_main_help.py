import unittest
class T(unittest.TestCase):
    def test_x(self): pass
import sys
sys.stderr = sys.stdout
try:
    unittest.main(argv=["prog", "-h"], exit=False)
except SystemExit as e:
    print("SystemExit", e.code)
