print({} == {}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {1: [1]} == {1: [1]})
print(repr({"k": "v", 1: None, (1,): [2]}), str({"q": "it's"}))
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(e)
print(dict(a=1) == {"a": 1}, len({(): 0}))
