# create_autospec (functions, classes and their instances), patch.object(autospec=True) binding self, spec'd call matching, patch as class decorator, patch.dict start/stop
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, create_autospec, call, ANY
import re
def clean(s): return re.sub(r"id='\d+'", "id=ID", str(s))
def t(f):
    try:
        r = f(); print("ok", clean(repr(r)))
    except Exception as e:
        print(type(e).__name__, clean(e))
def func(a, b=2, *, c=3): return a
m = Mock(spec=func)
m(1, b=5)
t(lambda: m.assert_called_with(1, 5))
t(lambda: m.assert_called_with(a=1, b=5))
t(lambda: m.assert_called_with(1, 6))
af = create_autospec(func, return_value="R")
print(af(1), af(a=2, c=4))
t(lambda: af(1, 2, 3))
t(lambda: af())
t(lambda: af.assert_called_with(2, c=4))
class Svc:
    def run(self, x, y=0): return x
    @classmethod
    def make(cls, n): return cls()
    @staticmethod
    def helper(s): return s
    attr = 5
spec = create_autospec(Svc)
inst = spec.return_value
t(lambda: inst.run(1))
t(lambda: inst.run())
t(lambda: inst.nothing)
t(lambda: spec.make(1))
t(lambda: spec.helper("x", "y"))
print(clean(repr(spec)), clean(repr(inst)))
with patch.object(Svc, "run", autospec=True) as run:
    run.return_value = 9
    s = Svc()
    print(s.run(1, y=2))
    t(lambda: run.assert_called_once_with(s, 1, y=2))
    t(lambda: s.run())
@patch("os.getcwd")
class T:
    def test_a(self, m):
        return ("a", type(m).__name__)
    def other(self):
        return "not patched"
print(T().test_a(), T().other())
p = patch.dict("os.environ", {"X_TEST": "1"}, clear=True)
import os
p.start()
print(dict(os.environ))
p.stop()
print("X_TEST" in os.environ, len(os.environ) > 0)
mm = MagicMock()
mm.__iter__.return_value = iter([1, 2])
print(list(mm), list(mm))
mm2 = MagicMock(return_value=3)
print(mm2(), mm2.return_value)
mc = MagicMock()
mc.a.b.c.return_value = 5
print(mc.a.b.c(), mc.mock_calls)
nm = Mock(name="n")
print(clean(repr(nm)), clean(repr(nm.x())))
print(Mock().called, Mock().call_args, Mock().call_args_list)
m9 = Mock()
m9.method(1, 2)
m9.method(3)
print(m9.method.call_args_list, m9.method.call_args_list == [call(1, 2), call(3)], call(1, 2) in m9.method.call_args_list)
print([c.args for c in m9.method.call_args_list], m9.method_calls[0][0])
t(lambda: m9.method.assert_has_calls([call(3), call(1, 2)]))
t(lambda: m9.method.assert_has_calls([call(3), call(1, 2)], any_order=True))
t(lambda: m9.method.assert_has_calls([call(3), call(4)], any_order=True))
mp = MagicMock(spec=dict)
t(lambda: mp.keys())
t(lambda: mp.nonexistent)
print(isinstance(mp, dict), len(mp))
