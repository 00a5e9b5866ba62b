import support.greetings
import support.greetings as g
from support.greetings import greet, Greeter
print(support.greetings.greet("world"), g.GREETING, greet("you"), Greeter("hey")("bob"))
print(g is support.greetings, support.PACKAGE_VALUE)
print(g.__name__, support.__name__)
