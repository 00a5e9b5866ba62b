import unittest
from unittest.mock import Mock, MagicMock, patch, call
from dataclasses import dataclass
import io

@dataclass
class Order:
    id: int
    amount: float
    email: str

class PaymentGateway:
    def charge(self, amount, token):
        raise NotImplementedError

class Mailer:
    def send(self, to, subject, body):
        raise NotImplementedError

class Checkout:
    def __init__(self, gateway, mailer):
        self.gateway = gateway
        self.mailer = mailer
    def process(self, order: Order, token: str) -> str:
        if order.amount <= 0:
            raise ValueError(f"invalid amount {order.amount}")
        result = self.gateway.charge(order.amount, token)
        if result.get("status") != "ok":
            self.mailer.send(order.email, "Payment failed", f"Order {order.id}: {result.get('error')}")
            return "failed"
        self.mailer.send(order.email, "Receipt", f"Order {order.id}: charged {order.amount:.2f}")
        return result["txn"]

class CheckoutTests(unittest.TestCase):
    def setUp(self):
        self.gateway = Mock(spec=PaymentGateway)
        self.mailer = Mock(spec=Mailer)
        self.checkout = Checkout(self.gateway, self.mailer)

    def test_success(self):
        self.gateway.charge.return_value = {"status": "ok", "txn": "T1"}
        self.assertEqual(self.checkout.process(Order(1, 9.5, "a@x"), "tok"), "T1")
        self.gateway.charge.assert_called_once_with(9.5, "tok")
        self.mailer.send.assert_called_once_with("a@x", "Receipt", "Order 1: charged 9.50")

    def test_failure_sends_mail(self):
        self.gateway.charge.return_value = {"status": "declined", "error": "card expired"}
        self.assertEqual(self.checkout.process(Order(2, 5, "b@x"), "tok"), "failed")
        self.assertEqual(self.mailer.send.call_args, call("b@x", "Payment failed", "Order 2: card expired"))

    def test_invalid_amount(self):
        with self.assertRaisesRegex(ValueError, "invalid amount -1"):
            self.checkout.process(Order(3, -1, "c@x"), "tok")
        self.gateway.charge.assert_not_called()

    def test_gateway_error_propagates(self):
        self.gateway.charge.side_effect = ConnectionError("timeout")
        with self.assertRaises(ConnectionError):
            self.checkout.process(Order(4, 1, "d@x"), "tok")
        self.mailer.send.assert_not_called()

    def test_many_orders(self):
        self.gateway.charge.side_effect = [{"status": "ok", "txn": f"T{i}"} for i in range(3)]
        txns = [self.checkout.process(Order(i, 1 + i, "e@x"), "tok") for i in range(3)]
        self.assertEqual(txns, ["T0", "T1", "T2"])
        self.assertEqual(self.gateway.charge.mock_calls, [call(1, "tok"), call(2, "tok"), call(3, "tok")])

    def test_deliberately_failing(self):
        self.gateway.charge.return_value = {"status": "ok", "txn": "T9"}
        self.checkout.process(Order(9, 2, "z@x"), "tok")
        self.mailer.send.assert_called_with("z@x", "Receipt", "wrong body")

    @patch("builtins.print")
    def test_print_patched(self, fake_print):
        print("hidden")
        fake_print.assert_called_once_with("hidden")

buf = io.StringIO()
runner = unittest.TextTestRunner(stream=buf, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(CheckoutTests))
for line in buf.getvalue().splitlines():
    if line.startswith(("test_", "AssertionError", "Expected", "  Actual", "FAILED", "OK")):
        print(line)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
for test, tb in result.failures:
    print(test.id().split(".")[-1], "->", tb.strip().splitlines()[-1])
