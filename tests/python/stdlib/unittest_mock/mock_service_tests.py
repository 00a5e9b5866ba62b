# unittest.mock in a TestCase suite: Mock, MagicMock, patch (decorator, class decorator,
# context manager), side_effect, call lists and assertion failures' messages
import io
import sys
import unittest
from unittest import mock
from unittest.mock import MagicMock, Mock, call, patch, sentinel, ANY


class WeatherClient:
    def fetch(self, city):
        raise RuntimeError("network disabled in tests")


class WeatherService:
    def __init__(self, client):
        self.client = client
        self.cache = {}

    def temperature(self, city):
        if city not in self.cache:
            data = self.client.fetch(city)
            self.cache[city] = round(data["temp_k"] - 273.15, 1)
        return self.cache[city]

    def report(self, cities):
        out = []
        for c in cities:
            try:
                out.append(f"{c}: {self.temperature(c)}C")
            except KeyError as e:
                out.append(f"{c}: missing {e}")
        return out


def now_label():
    import time
    return time.strftime("%H:%M")


class ServiceTests(unittest.TestCase):
    def setUp(self):
        self.client = Mock(spec=WeatherClient)
        self.client.fetch.return_value = {"temp_k": 293.15}
        self.service = WeatherService(self.client)

    def test_caches(self):
        self.assertEqual(self.service.temperature("oslo"), 20.0)
        self.assertEqual(self.service.temperature("oslo"), 20.0)
        self.client.fetch.assert_called_once_with("oslo")

    def test_side_effect_sequence(self):
        self.client.fetch.side_effect = [{"temp_k": 273.15}, {"temp_k": 300.0}, {}]
        self.assertEqual(self.service.report(["a", "b", "c"]),
                         ["a: 0.0C", "b: 26.9C", "c: missing 'temp_k'"])
        self.assertEqual(self.client.fetch.call_args_list, [call("a"), call("b"), call("c")])
        self.assertEqual(self.client.fetch.call_count, 3)

    def test_spec_refuses_unknown(self):
        with self.assertRaises(AttributeError):
            self.client.download

    def test_failure_messages(self):
        self.service.temperature("rome")
        for check in (lambda: self.client.fetch.assert_called_with("paris"),
                      lambda: self.client.fetch.assert_not_called(),
                      lambda: self.client.fetch.assert_has_calls([call("x"), call("y")]),
                      lambda: self.client.fetch.assert_any_call("z")):
            with self.assertRaises(AssertionError) as cm:
                check()
            print(cm.exception)

    @patch(__name__ + ".now_label", return_value="12:34")
    def test_patch_decorator(self, fake_now):
        self.assertEqual(now_label(), "12:34")
        fake_now.assert_called_once_with()

    def test_patch_object_context(self):
        with patch.object(WeatherClient, "fetch", return_value={"temp_k": 0}) as fetch:
            self.assertEqual(WeatherService(WeatherClient()).temperature("x"), -273.1)
        fetch.assert_called_once_with("x")
        with self.assertRaises(RuntimeError):
            WeatherClient().fetch("x")

    def test_magicmock_protocols(self):
        m = MagicMock()
        m.__len__.return_value = 3
        m.__getitem__.side_effect = lambda k: k.upper()
        m.__iter__.return_value = [1, 2]
        self.assertEqual((len(m), m["ab"], list(m)), (3, "AB", [1, 2]))
        with m as entered:
            self.assertIs(entered, m.__enter__.return_value)
        m.__exit__.assert_called_once_with(None, None, None)

    def test_sentinel_and_any(self):
        m = Mock(return_value=sentinel.result)
        self.assertIs(m(1, key=object()), sentinel.result)
        m.assert_called_once_with(1, key=ANY)
        self.assertEqual(repr(sentinel.result), "sentinel.result")


@patch.dict("os.environ", {"APP_MODE": "test"})
class EnvTests(unittest.TestCase):
    def test_env(self):
        import os
        self.assertEqual(os.environ["APP_MODE"], "test")

    def test_nested_patches(self):
        with patch("os.getcwd") as cwd, patch("os.getpid", return_value=4) as pid:
            import os
            cwd.return_value = "/work"
            self.assertEqual((os.getcwd(), os.getpid()), ("/work", 4))


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(ServiceTests)
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(EnvTests))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.getvalue().splitlines():
    if line.startswith(("test_", "OK", "FAILED", "Ran")):
        print(line.split(" in ")[0] if line.startswith("Ran") else line)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
import os
print("APP_MODE" in os.environ)
