# Static types declared in a module carry that module in their tp_name, which error messages use.
from collections import deque
from types import SimpleNamespace
d = deque([1, 2, 3])
for action in (lambda: hash(d), lambda: d.sort(), lambda: {d: 1}, lambda: d.missing,
               lambda: SimpleNamespace(a=1).b, lambda: d + [4], lambda: d < [1]):
    try:
        action()
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
print(type(d).__name__, type(d).__module__, type(d).__qualname__, deque)
