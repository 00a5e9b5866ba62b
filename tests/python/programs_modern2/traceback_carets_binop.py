# Uncaught TypeError in a binary operation inside a nested call: carets mark the operator.
def total(prices, tax):
    return sum(prices) + tax["rate"] * 100


def report(order):
    return f"total: {total(order['prices'], order['tax'])}"


print(report({"prices": [1, 2], "tax": {"rate": 2}}))
print(report({"prices": [1, 2], "tax": {"rate": "x"}}))
