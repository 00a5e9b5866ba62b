import io
import random
import sys
import time
from unittest import mock
from unittest.mock import patch, MagicMock


def ask_name():
    name = input("Name? ")
    age = int(input("Age? "))
    return f"{name} is {age}"


def roll_dice(n):
    return [random.randint(1, 6) for _ in range(n)]


def slow_task():
    time.sleep(10)
    return "done"


def greet():
    print("Hello from greet")
    print("Second line")


class Database:
    def connect(self):
        raise ConnectionError("no database here")

    def query(self, sql):
        self.connect()
        return ["real", "rows"]


def count_rows():
    db = Database()
    return len(db.query("SELECT *"))


with patch("builtins.input", side_effect=["Ann", "42"]) as fake_input:
    print(ask_name())
print(fake_input.call_args_list)
with patch("random.randint", return_value=4):
    print(roll_dice(3))
with patch("random.randint", side_effect=[1, 6, 3]):
    print(roll_dice(3))
with patch("time.sleep") as fake_sleep:
    print(slow_task(), fake_sleep.call_args)
with patch("sys.stdout", new_callable=io.StringIO) as fake_out:
    greet()
print(repr(fake_out.getvalue()))
with patch("__main__.Database") as MockDB:
    MockDB.return_value.query.return_value = [1, 2, 3]
    print(count_rows())
    MockDB.assert_called_once_with()
    MockDB.return_value.query.assert_called_once_with("SELECT *")
print(MockDB.mock_calls)
with patch.object(Database, "connect") as fake_connect:
    print(Database().query("x"), fake_connect.called)
try:
    count_rows()
except ConnectionError as e:
    print("ConnectionError", e)


@patch("__main__.Database.query", return_value=[])
@patch("__main__.time.sleep")
def decorated(fake_sleep, fake_query, extra="kw"):
    time.sleep(1)
    return count_rows(), fake_sleep.call_count, fake_query.call_count, extra


print(decorated())
print(decorated(extra="given"))
print(decorated.__name__, hasattr(decorated, "patchings"), len(decorated.patchings))
fake_time = MagicMock(return_value=1000.0)
with patch("time.time", fake_time):
    print(time.time(), time.time())
print(fake_time.call_count, isinstance(time.time(), float))
env = {"HOME": "/home/test"}
with patch.dict("os.environ", env, clear=False):
    import os
    print(os.environ["HOME"])
with patch("os.listdir", return_value=["b.txt", "a.txt"]) as fake_ls:
    import os
    print(sorted(os.listdir("/anywhere")), fake_ls.call_args)
m = MagicMock()
m.__getitem__.side_effect = {"a": 1, "b": 2}.__getitem__
print(m["a"], m["b"])
try:
    m["c"]
except KeyError as e:
    print("KeyError", e)
counter = MagicMock(side_effect=range(3))
print([counter() for _ in range(3)])
try:
    counter()
except StopIteration:
    print("StopIteration after exhausting side_effect")
