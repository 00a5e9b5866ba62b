"""unittest.mock: configured magic methods, deleted attributes, attach_mock, seal, AsyncMock, autospecced classes and methods, patch as class decorator in a TestCase, NonCallableMock, call lists."""
import asyncio, unittest, io, sys
from unittest import mock
from unittest.mock import Mock, MagicMock, AsyncMock, patch, call, seal, sentinel, create_autospec, NonCallableMock
m = MagicMock()
print(str(m).startswith("<MagicMock id="), repr(m) == str(m))
m.__str__.return_value = "custom"; print(str(m))
m.__bool__.return_value = False; print(bool(m), "yes" if m else "no")
m.__contains__.return_value = True; print(5 in m)
m.__eq__.return_value = True; print(m == 1)
m2 = MagicMock(); m2.__lt__.return_value = True; print(m2 < 5)
m3 = MagicMock(); m3.__add__.return_value = 10; print(m3 + 1, m3.__add__.call_args)
m4 = MagicMock(spec=dict); print(isinstance(m4, dict))
try: len(MagicMock(spec=int))
except TypeError as e: print("TypeError", e)
c = Mock(); c.a = 1; del c.a
try: c.a
except AttributeError as e: print("AttributeError", e)
del c.b
try: c.b
except AttributeError as e: print("AttributeError", e)
s = Mock(); s.side_effect = [3, 4]; print(s(), s())
r = Mock(return_value=1); r.reset_mock(return_value=True); print(r() is r.return_value, isinstance(r(), Mock))
parent = Mock(); child = Mock(return_value=2); parent.attach_mock(child, "kid"); parent.kid(7); print(parent.mock_calls)
x = Mock(); x.a.b.c(1); print(x.a.b.c.call_args, x.mock_calls, call.a.b.c(1).call_list())
sm = Mock(); sm.f.return_value = 3; seal(sm); print(sm.f())
try: sm.g
except AttributeError as e: print("AttributeError", e)
am = AsyncMock(return_value=5)
async def main():
    v = await am(1, k=2)
    return v
print(asyncio.run(main()), am.await_count, am.await_args, am.call_count)
am.assert_awaited_once_with(1, k=2)
class Calc:
    def add(self, a, b): return a + b
    def neg(self, a): return -a
auto = create_autospec(Calc)
inst = auto()
inst.add(1, 2)
print(inst.add.call_args, auto.call_count)
try: inst.add(1)
except TypeError as e: print("TypeError", e)
try: inst.nothere
except AttributeError as e: print("AttributeError", e)
@patch("sys.platform", "weftos")
class T(unittest.TestCase):
    def test_one(self): self.assertEqual(sys.platform, "weftos")
    @patch("os.getcwd", return_value="/x")
    def test_two(self, g):
        import os
        self.assertEqual(os.getcwd(), "/x")
        g.assert_called_once_with()
res = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(res.testsRun, len(res.failures), len(res.errors), sys.platform != "weftos")
with patch("os.getcwd", autospec=True) as g:
    import os
    g.return_value = "/auto"
    print(os.getcwd())
    try: os.getcwd(1)
    except TypeError as e: print("TypeError", e)
print(sentinel.x == sentinel.x, sentinel.x != sentinel.y, sorted(d for d in dir(Mock()) if not d.startswith("_"))[:6])
n = NonCallableMock()
try: n()
except TypeError as e: print("TypeError", e)
mm = Mock(); mm(1); mm(2); mm(3)
print(mm.call_args_list == [call(1), call(2), call(3)], call(2) in mm.call_args_list, [call(2), call(3)] in mm.mock_calls)
mm.assert_has_calls([call(2), call(3)]); mm.assert_has_calls([call(3), call(1)], any_order=True)
print(mm.call_args_list[0].args, mm.call_args_list[-1])
f = Mock(side_effect=ValueError); 
try: f()
except ValueError as e: print("ValueError", repr(e))
