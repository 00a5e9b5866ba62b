try:
    raise ValueError
except ValueError as e:
    print(repr(e))
try:
    raise ValueError("with message")
except ValueError as e:
    print(repr(e))
err = KeyError("instance")
try:
    raise err
except KeyError as e:
    print(e is err)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
class NotAnException: pass
try:
    raise NotAnException
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
