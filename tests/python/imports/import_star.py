from support.greetings import *
print(greet("star"), GREETING)
try:
    _private
except NameError as e:
    print(e)
from support.with_all import *
print(public_one, public_two)
try:
    not_exported
except NameError as e:
    print(e)
