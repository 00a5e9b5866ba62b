class InsufficientFunds(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"cannot withdraw {amount}, balance is {balance}")
    return balance - amount
b = withdraw(100, 30)
print("left", b)
withdraw(b, 100)
