from unittest import mock
from unittest.mock import Mock, MagicMock, create_autospec, call, patch


class Repository:
    base_url = "http://db"

    def __init__(self, dsn, timeout=5):
        self.dsn = dsn

    def get(self, key, default=None):
        return default

    def put(self, key, value, *, overwrite=False):
        pass

    @staticmethod
    def normalize(key):
        return key.lower()

    @classmethod
    def from_env(cls, env):
        return cls(env["DSN"])


Auto = create_autospec(Repository)
repo = Auto("postgres://x", timeout=3)
print(Auto.call_args, isinstance(repo, Repository))
repo.get("a")
repo.get("b", default=1)
repo.put("k", "v", overwrite=True)
print(repo.mock_calls)
print(repo.get.call_args_list)
for bad in (lambda: repo.get(), lambda: repo.get("a", 1, 2), lambda: repo.put("k", "v", True),
            lambda: repo.put("k", "v", nope=1), lambda: Auto(), lambda: repo.missing_method()):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
Auto.normalize("ABC")
Auto.from_env({"DSN": "d"})
print(Auto.normalize.call_args, Auto.from_env.call_args)
repo.get.assert_called_with("b", default=1)
repo.get.assert_called_with("b", 1)
repo.get.return_value = "cached"
print(repo.get("z"))
print(Auto.base_url is not None)
m = Mock()
m.configure_mock(**{"a.b.c.return_value": 5, "a.x": "X", "name_attr": "n"})
print(m.a.b.c(), m.a.x, m.name_attr)
m.a.b.c.side_effect = [1, ValueError("two"), 3]
print(m.a.b.c())
try:
    m.a.b.c()
except ValueError as e:
    print("ValueError", e)
print(m.a.b.c(), m.a.b.c.call_count)
m.reset_mock(return_value=True, side_effect=True)
print(m.a.b.c.side_effect, m.a.b.c.call_count, m.a.b.c() is m.a.b.c.return_value)
tree = MagicMock()
tree.open().read.return_value = "data"
tree.open("f").read()
tree.close()
print(tree.mock_calls)
print(tree.method_calls)
print(tree.mock_calls == [call.open(), call.open("f"), call.open().read(), call.close()])
print(call.open("f").read().call_list())
nums = Mock()
nums(1)
nums(2)
nums(3)
print(nums.call_args_list == [call(1), call(2), call(3)], call(2) in nums.call_args_list, [call(2), call(3)] in nums.call_args_list)
print([c.args for c in nums.call_args_list], nums.call_args.args, nums.call_args.kwargs)
print(sorted(n for n in dir(Mock(spec=["x", "y"])) if not n.startswith("assert") and n in ("x", "y", "called")))
d = Mock()
d.attr = 1
del d.attr
try:
    d.attr
except AttributeError as e:
    print("AttributeError", e)
del d.other
try:
    d.other
except AttributeError as e:
    print("AttributeError", e)
n = Mock(name="named")
n.child.grandchild()
print(n.child.grandchild.call_args, n.mock_calls, n.child._mock_name)
print(Mock().return_value is not None, Mock(return_value=None)() is None)
pm = patch.object(Repository, "get", autospec=True)
fake_get = pm.start()
fake_get.return_value = "patched"
r = Repository("dsn")
print(r.get("k"), fake_get.call_args[0][1:], fake_get.call_count)
pm.stop()
print(Repository("d").get("k", "default"))
