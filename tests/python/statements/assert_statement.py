assert True
assert 1 == 1, "never"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)
try:
    assert [], {"k": 1}
except AssertionError as e:
    print(e.args)
