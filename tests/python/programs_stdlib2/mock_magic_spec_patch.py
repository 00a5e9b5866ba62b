import os
import json
from unittest import mock
from unittest.mock import MagicMock, Mock, NonCallableMock, patch, call, PropertyMock, mock_open, create_autospec, seal

mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), 3 in mm, mm[0] is mm[1], complex(mm))
mm.__len__.return_value = 7
mm.__iter__.return_value = iter([1, 2, 3])
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), list(mm), mm[4], "x" in mm)
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
mm[1] = "set"
print(mm.__setitem__.call_args, mm.__len__.call_count)
print(mm.mock_calls[:4])
mm.__str__.return_value = "custom str"
print(str(mm), mm == mm, mm != mm, mm == 3, mm < 3 if False else "lt skipped")
mm.__lt__.return_value = True
print(mm < 3, mm + 1 is mm.__add__.return_value, abs(mm) is mm.__abs__.return_value)
m2 = Mock()
try:
    len(m2)
except TypeError as e:
    print("TypeError", e)
m2.__len__ = lambda self: 99
print(len(m2))
try:
    m2.__getattr__ = lambda self, n: 1
except AttributeError as e:
    print("AttributeError", e)


class Service:
    retries = 3

    def fetch(self, url, timeout=10):
        raise RuntimeError("network!")

    def close(self):
        pass


s = Mock(spec=Service)
print(isinstance(s, Service), s.retries is not None, callable(s.fetch))
try:
    s.nonexistent
except AttributeError as e:
    print("AttributeError", e)
s.extra = 1
print(s.extra)
ss = Mock(spec_set=Service)
try:
    ss.extra = 1
except AttributeError as e:
    print("AttributeError", e)
names = Mock(spec=["alpha", "beta"])
print(names.alpha is not None)
try:
    names.gamma
except AttributeError as e:
    print("AttributeError", e)
auto = create_autospec(Service)
inst = auto()
inst.fetch("http://x")
try:
    inst.fetch()
except TypeError as e:
    print("TypeError", e)
try:
    inst.fetch("u", 1, 2)
except TypeError as e:
    print("TypeError", e)
inst.fetch.assert_called_with("http://x")
print(auto.mock_calls)
f = create_autospec(lambda a, b=2: None)
f(1, b=3)
f.assert_called_once_with(1, b=3)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

with patch("os.getcwd", return_value="/fake") as fake:
    print(os.getcwd(), fake.called)
print(os.getcwd() != "/fake")
with patch.object(Service, "retries", 99):
    print(Service.retries)
print(Service.retries)
with patch.dict(os.environ, {"WEFT_TEST_VAR": "1"}):
    print(os.environ.get("WEFT_TEST_VAR"))
print(os.environ.get("WEFT_TEST_VAR"))
config = {"a": 1}
with patch.dict(config, b=2, clear=True):
    print(config)
print(config)


@patch("json.dumps")
@patch("json.loads", return_value={"k": "v"})
def use_json(mock_loads, mock_dumps):
    mock_dumps.return_value = "STR"
    print(json.loads("x"), json.dumps({}), mock_loads.call_args, mock_dumps.call_args)


use_json()
print(json.dumps([1]))
with patch.multiple(Service, retries=5, close=mock.DEFAULT) as values:
    print(Service.retries, sorted(values))
p = patch("os.path.exists", return_value=True)
started = p.start()
print(os.path.exists("/definitely/not"), started.call_count)
p.stop()
print(os.path.exists("/definitely/not"))
try:
    with patch("os.nonexistent_function"):
        pass
except AttributeError as e:
    print("AttributeError", str(e).split(" does not")[1])
with patch("os.nonexistent_function", create=True, new=len):
    print(os.nonexistent_function([1, 2]))
print(hasattr(os, "nonexistent_function"))
try:
    patch("nodots")
except TypeError as e:
    print("TypeError", e)

m_open = mock_open(read_data="line1\nline2\nline3\n")
with patch("builtins.open", m_open):
    with open("any.txt") as fh:
        print(fh.readline(), fh.read())
    with open("any.txt") as fh:
        print(list(fh))
    with open("out.txt", "w") as fh:
        fh.write("hello")
print(m_open.call_args_list)
m_open().write.assert_called_once_with("hello")


class Widget:
    @property
    def size(self):
        return 1


with patch.object(Widget, "size", new_callable=PropertyMock) as pm:
    pm.return_value = 42
    w = Widget()
    print(w.size)
    w.size = 5
print(pm.mock_calls)
sealed = Mock()
sealed.known.value = 1
seal(sealed)
print(sealed.known.value)
try:
    sealed.unknown
except AttributeError as e:
    print("AttributeError", e)
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print("TypeError", e)
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "child")
child(1)
print(parent.mock_calls)
