def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)

def check_invariants(stack):
    assert isinstance(stack, list)
    assert all(isinstance(x, int) for x in stack), f"bad stack {stack}"
    return True

print(check_invariants([1, 2]))
try:
    check_invariants([1, "x"])
except AssertionError as e:
    print(e)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
print("done")
