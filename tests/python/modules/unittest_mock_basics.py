"""unittest.mock: Mock calls and assertions (with their messages), MagicMock magic methods, side effects, children and mock_calls, spec, wraps, patch/patch.object/patch.dict/patch.multiple, mock_open, PropertyMock, create_autospec."""
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, DEFAULT, mock_open, PropertyMock, create_autospec
import os, json

m = Mock()
m(1, 2)
for f in [lambda: m.assert_called_with(1, 3), lambda: m.assert_called_once_with(1, 3), lambda: Mock().assert_called_with(1), lambda: m.assert_not_called(), lambda: Mock().assert_called(), lambda: (m(3), m.assert_called_once())[1], lambda: m.assert_any_call(9), lambda: m.assert_has_calls([call(5)]), lambda: m.assert_has_calls([call(5)], any_order=True), lambda: Mock(name="foo").bar.assert_called_with(1, a=2), lambda: Mock(spec=int).nope, lambda: Mock().assret_called(), lambda: setattr(Mock(spec_set=int), "x", 1), lambda: m.assert_has_calls([call(1, 2), call(3)]), lambda: m.assert_any_call(3), lambda: m.assert_called_with(3)]:
    try: f(); print("no error")
    except Exception as e: print(type(e).__name__, repr(str(e)))
print(call(1, a=2), call.foo(1).bar(), repr(call), m.call_args, m.call_args_list, m.mock_calls)
print(m.call_args.args, m.call_args.kwargs, m.call_args == ((3,), {}), m.call_args == call(3), m.call_count, m.called)
mm = MagicMock()
print(len(mm), list(mm), 3 in mm, bool(mm), int(mm), float(mm), complex(mm), mm.__index__(), mm[1] is mm[2], mm.__enter__() is mm.__enter__(), mm.__exit__(None,None,None), mm == mm, mm != 3, hash(mm) == hash(mm))
try: mm < 3
except TypeError as e: print("TypeError", e)
print(sentinel.foo, DEFAULT, ANY == 5, repr(ANY), sentinel.foo is sentinel.foo)
mm.__len__.return_value = 7; mm.__iter__.return_value = [1, 2]; mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), list(mm), mm[21], mm.__getitem__.call_args_list)
with mm as ctx: print(ctx is mm.__enter__.return_value)
# return values, side effects
r = Mock(return_value=5); print(r(), r(1))
s = Mock(side_effect=[1, 2, ValueError("boom")]); print(s(), s())
try: s()
except ValueError as e: print("ValueError", e)
try: s()
except StopIteration: print("StopIteration")
t = Mock(side_effect=KeyError("k"))
try: t()
except KeyError as e: print("KeyError", e)
u = Mock(side_effect=lambda x: x + 1); print(u(4))
v = Mock(side_effect=lambda: DEFAULT, return_value=9); print(v())
# children and calls
api = Mock()
api.users.get(1); api.users.get(2).name.upper(); api.close()
print(api.mock_calls)
print(api.method_calls)
print(api.users.get.call_args_list, api.users.get.return_value.name.upper.called)
api.users.get.return_value = {"id": 1}
print(api.users.get(5))
api.reset_mock(); print(api.mock_calls, api.users.get.call_count)
# configure
c = Mock(**{"a.b.return_value": 3, "x": 10}); print(c.a.b(), c.x)
c.configure_mock(y=1); print(c.y)
# spec
class Service:
    def fetch(self, key): return key
    value = 3
sm = Mock(spec=Service); print(isinstance(sm, Service), sm.fetch(1) is sm.fetch.return_value)
try: sm.missing
except AttributeError as e: print("AttributeError", e)
sm.extra = 1; print(sm.extra)
ss = Mock(spec_set=Service)
try: ss.extra = 1
except AttributeError as e: print("AttributeError", e)
# wraps
w = Mock(wraps=lambda x: x * 3); print(w(4), w.call_args)
# patch
def cwd_upper(): return os.getcwd().upper()
with patch("os.getcwd", return_value="/tmp/x") as fake:
    print(cwd_upper(), fake.called, fake.call_count)
print(cwd_upper() == os.getcwd().upper())
@patch("json.dumps")
def uses(dumps_mock):
    dumps_mock.return_value = "patched"
    return json.dumps({"a": 1}), dumps_mock.call_args
print(uses(), json.dumps({"a": 1}))
@patch("os.path.exists", return_value=True)
@patch("os.path.isdir")
def two(isdir, exists):
    isdir.return_value = False
    return os.path.exists("/nope"), os.path.isdir("/"), isdir.call_args, exists.call_args
print(two())
class Thing:
    def method(self): return "real"
with patch.object(Thing, "method", return_value="fake"):
    print(Thing().method())
print(Thing().method())
d = {"a": 1}
with patch.dict(d, {"b": 2}, c=3): print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True): print(d)
print(d)
p = patch("os.getpid", return_value=42); p.start(); print(os.getpid()); p.stop(); print(os.getpid() != 42)
try:
    with patch("os.nope_nothing"): pass
except AttributeError as e: print("AttributeError", str(e).split(" does not")[1])
try: patch("nodots")
except TypeError as e: print("TypeError", e)
with patch("os.nope_created", create=True, new=5): print(os.nope_created)
print(hasattr(os, "nope_created"))
with patch.multiple("os", getpid=DEFAULT, getppid=DEFAULT) as vals: print(sorted(vals))
# mock_open
mo = mock_open(read_data="line1\nline2\nline3")
with patch("builtins.open", mo):
    with open("f.txt") as fh: print(fh.read())
    with open("f.txt") as fh: print(fh.readline(), fh.readlines())
    with open("f.txt") as fh: print(list(fh))
    with open("out.txt", "w") as fh: fh.write("hello")
print(mo.call_args_list)
mo.return_value.write.assert_called_once_with("hello")
# PropertyMock
class Conf:
    @property
    def level(self): return 1
with patch.object(Conf, "level", new_callable=PropertyMock) as pm:
    pm.return_value = 9
    print(Conf().level, pm.call_count)
# autospec
def add(a, b): return a + b
fa = create_autospec(add, return_value=3)
print(fa(1, 2))
try: fa(1)
except TypeError as e: print("TypeError", e)
print(call(1) in [call(1), call(2)], [call(1), call(2)] == [call(1), call(2)], call.a(1) == call.a(1), call.a(1) == call.b(1))
