from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT

m = Mock()
m(1, 2, key="v")
m.method("a")
m.method.nested(3)
m().chained(x=1)
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args, m.method.call_args.args, m.method.call_args.kwargs)
print(m.call_args == call(1, 2, key="v"), m.call_args == ((1, 2), {"key": "v"}), call(1) == call(2))
print(m.mock_calls == [call(1, 2, key="v"), call.method("a"), call.method.nested(3), call(), call().chained(x=1)])
print(call.foo(1).bar(2).call_list())
print(repr(call), repr(call()), repr(call.a.b), repr(call(1)(2)), call.count(3), call.index)
print(call(1, ANY) == call(1, "anything"), ANY == object(), repr(ANY), sentinel.token, sentinel.token is sentinel.token)
m2 = Mock(return_value=42)
print(m2(), m2("x"), m2.return_value)
m3 = Mock(side_effect=[1, 2, ValueError("third")])
print(m3(), m3())
try:
    m3()
except ValueError as e:
    print("ValueError", e)
try:
    m3()
except StopIteration as e:
    print("StopIteration", repr(e))
m4 = Mock(side_effect=lambda x: x * 2)
print(m4(21))
m5 = Mock(side_effect=KeyError("k"))
try:
    m5()
except KeyError as e:
    print("KeyError", e)
m6 = Mock(side_effect=lambda: DEFAULT, return_value="dflt")
print(m6())
m7 = Mock(wraps=len)
print(m7([1, 2, 3]), m7.call_args)
cfg = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "attr": "value"})
print(cfg.method(), cfg.attr)
try:
    cfg.other()
except KeyError as e:
    print("KeyError", repr(e))
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.method.called)
for check in (lambda: m.assert_called(), lambda: m.assert_called_once(), lambda: m.assert_called_with(1),
              lambda: m.method.assert_called_once_with("b")):
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", e)
n = Mock(name="api")
n.get("/users", timeout=3)
n.get("/items")
for check in (lambda: n.get.assert_called_with("/users", timeout=3), lambda: n.get.assert_called_once(),
              lambda: n.get.assert_called_once_with("/items"), lambda: n.get.assert_any_call("/users", timeout=3),
              lambda: n.get.assert_any_call("/nope"), lambda: n.get.assert_not_called(),
              lambda: n.assert_has_calls([call.get("/users", timeout=3), call.get("/items")]),
              lambda: n.assert_has_calls([call.get("/items"), call.get("/users", timeout=3)]),
              lambda: n.assert_has_calls([call.get("/items"), call.get("/users", timeout=3)], any_order=True),
              lambda: n.assert_has_calls([call.get("/x")], any_order=True),
              lambda: n.get.assert_called_with(ANY), lambda: n.assert_not_called()):
    try:
        check()
        print("ok")
    except AssertionError as e:
        print("AssertionError:", e)
try:
    n.assert_called_wiht()
except AttributeError as e:
    print("AttributeError", e)
try:
    n.assret_called()
except AttributeError as e:
    print("AttributeError", e)
print(Mock(unsafe=True).assert_foo is not None)
