def load():
    from support import greetings
    return greetings.greet("lazy")
print(load())
m = __import__("support.greetings", fromlist=["greet"])
print(m.__name__, m.greet("dunder"))
top = __import__("support.greetings")
print(top.__name__)
import sys
print(sys.modules["support.greetings"] is m)
