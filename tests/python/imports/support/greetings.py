"""A plain module."""
GREETING = "hello"
_private = "hidden from star import"
def greet(name):
    return f"{GREETING}, {name}"
class Greeter:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, name):
        return self.prefix + " " + name
