# How mocks name their children and record calls: mock_calls, method_calls, call reprs,
# return_value chains, configure_mock, reset_mock, side_effect kinds, and assertion messages
from unittest.mock import Mock, MagicMock, NonCallableMock, call, DEFAULT, sentinel, seal, PropertyMock
import re

def clean(text):
    return re.sub(r"id='\d+'", "id=ID", str(text))

def attempt(f):
    try:
        r = f()
        print("ok", clean(repr(r)))
    except AssertionError as e:
        print("AssertionError:", clean(e))
    except Exception as e:
        print(type(e).__name__, clean(e))

m = Mock(name="api")
m.users.get(1)
m.users.get(2).json()
m.users.list(page=3)
m(5)
m().close()
print(m.mock_calls)
print(m.method_calls)
print(m.users.mock_calls, m.users.get.call_args_list)
print(clean(repr(m.users.get(2).json)), clean(repr(m.return_value)), clean(repr(m.users)))
print(m.mock_calls[1] == call.users.get(2), m.mock_calls[2] == ("users.get().json", (), {}))
name, args, kwargs = m.mock_calls[3]
print(name, args, kwargs, m.mock_calls[3].kwargs, m.users.list.call_args.kwargs)
args2, kwargs2 = m.users.get.call_args
print(args2, kwargs2, m.users.get.call_args[0][0])
print(call(1, x=2), call.a.b(3), call().c, call(1)(2), repr(call), call.x)
print(call(1) == call(1), call(1) != call(2), call.a(1) == call.b(1), call(1) == ((1,), {}), call == call)
print(call(1).call_list(), call(1)(2).call_list())
for check in [lambda: m.users.get.assert_called_with(1), lambda: m.users.get.assert_called_once(),
              lambda: m.users.list.assert_called_once_with(page=3), lambda: m.users.delete.assert_called(),
              lambda: m.assert_has_calls([call.users.get(1), call.users.get(2)]),
              lambda: m.assert_has_calls([call.users.list(page=3), call.users.get(1)], any_order=True),
              lambda: m.assert_has_calls([call.users.get(9)], any_order=True),
              lambda: m.users.get.assert_any_call(3), lambda: Mock().assert_called_with(1),
              lambda: Mock(name="x").assert_called_once_with()]:
    attempt(check)
m.reset_mock()
print(m.mock_calls, m.users.get.called, m.users.get.call_count)
c = Mock()
c.configure_mock(**{"a.b.return_value": 1, "a.c.side_effect": ValueError("bad"), "name_attr": "v"})
print(c.a.b(), c.name_attr)
attempt(lambda: c.a.c())
se = Mock(side_effect=[1, DEFAULT, KeyError("k")], return_value="dflt")
attempt(se)
attempt(se)
attempt(se)
attempt(se)
fn = Mock(side_effect=lambda x: DEFAULT if x < 0 else x * 10, return_value="negative")
print(fn(2), fn(-1))
exc_cls = Mock(side_effect=TypeError)
attempt(exc_cls)
nc = NonCallableMock()
attempt(nc)
print(clean(repr(nc.child)), type(nc.child).__name__)
w = Mock(wraps=str.upper)
print(w("abc"), w.call_args)
s = Mock()
s.a.b = 1
seal(s)
attempt(lambda: s.a.b)
attempt(lambda: s.z)
attempt(lambda: s.a.zz)
p = Mock(spec_set=["x"])
attempt(lambda: setattr(p, "y", 1))
p.x = 5
print(p.x)
d = Mock()
del d.gone
attempt(lambda: d.gone)
attempt(lambda: Mock().assert_frobnicated())
print(Mock(unsafe=True).assert_frobnicated.__class__.__name__)
class Conf:
    pass
type_mock = PropertyMock(return_value=8)
type(mm := MagicMock()).size = type_mock
print(mm.size, type_mock.call_count)
mm.size = 9
print(type_mock.mock_calls)
mg = MagicMock()
print(mg + 1 is mg.__add__.return_value, int(mg), float(mg), complex(mg), bool(mg), len(mg), list(mg), 1 in mg)
mg.__bool__.return_value = False
mg.__contains__.return_value = True
print(bool(mg), "x" in mg, mg.__contains__.call_args)
print(clean(mg.mock_calls))
attempt(lambda: mg < 3)
mg.__lt__.return_value = True
print(mg < 3, abs(mg) is mg.__abs__.return_value, -mg is mg.__neg__.return_value)
print(sentinel.a is sentinel.a, sentinel.a == sentinel.b, DEFAULT, repr(sentinel.DEFAULT))
