import io
import re
import unittest
from unittest import mock


class WeatherClient:
    def __init__(self, session):
        self.session = session

    def temperature(self, city):
        resp = self.session.get("https://api.example.com/weather", params={"q": city})
        if resp.status_code != 200:
            raise RuntimeError("HTTP %d" % resp.status_code)
        return resp.json()["temp"]


def notify(users, mailer):
    sent = 0
    for u in users:
        if u.get("email"):
            mailer.send(u["email"], subject="Hi %s" % u["name"])
            sent += 1
    return sent


class ClientTests(unittest.TestCase):
    def setUp(self):
        self.session = mock.Mock()
        self.client = WeatherClient(self.session)

    def test_ok(self):
        self.session.get.return_value.status_code = 200
        self.session.get.return_value.json.return_value = {"temp": 21.5}
        self.assertEqual(self.client.temperature("Oslo"), 21.5)
        self.session.get.assert_called_once_with("https://api.example.com/weather", params={"q": "Oslo"})

    def test_error(self):
        self.session.get.return_value = mock.Mock(status_code=500)
        with self.assertRaisesRegex(RuntimeError, "HTTP 500"):
            self.client.temperature("Rome")

    def test_wrong_expectation(self):
        self.session.get.return_value.status_code = 200
        self.session.get.return_value.json.return_value = {"temp": 1}
        self.client.temperature("Paris")
        try:
            self.session.get.assert_called_once_with("https://api.example.com/weather", params={"q": "London"})
        except AssertionError as e:
            print("expected failure:", e)

    def test_notify(self):
        mailer = mock.MagicMock()
        users = [{"name": "ann", "email": "a@x"}, {"name": "bob"}, {"name": "cy", "email": "c@x"}]
        self.assertEqual(notify(users, mailer), 2)
        mailer.send.assert_has_calls([mock.call("a@x", subject="Hi ann"), mock.call("c@x", subject="Hi cy")])
        self.assertEqual(mailer.send.call_count, 2)
        print("calls:", mailer.mock_calls)

    @mock.patch("builtins.print")
    def test_patched_print(self, fake_print):
        print("hidden")
        fake_print.assert_called_once_with("hidden")

    @mock.patch.object(WeatherClient, "temperature", return_value=-5)
    def test_patched_method(self, fake_temp):
        self.assertEqual(WeatherClient(None).temperature("x"), -5)
        fake_temp.assert_called_once_with("x")


@mock.patch("os.getpid", return_value=12345)
class ClassPatched(unittest.TestCase):
    def test_one(self, fake_pid):
        import os
        self.assertEqual(os.getpid(), 12345)

    def test_two(self, fake_pid):
        import os
        os.getpid()
        os.getpid()
        self.assertEqual(fake_pid.call_count, 2)

    def helper_not_patched(self):
        return 1


buf = io.StringIO()
suite = unittest.TestSuite()
for case in (ClientTests, ClassPatched):
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(case))
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
text = re.sub(r"Ran (\d+) tests in [\d.]+s", r"Ran \1 tests in T", buf.getvalue())
text = re.sub(r'File ".*?", line \d+', 'File "F", line N', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors))
