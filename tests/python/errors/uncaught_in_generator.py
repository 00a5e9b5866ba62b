def gen():
    yield 1
    yield 2
    raise LookupError("generator ran dry")
for v in gen():
    print(v)
