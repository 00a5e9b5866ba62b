# marshal: the exact bytes of common values at each version.
import marshal

values = [None, True, False, 0, 1, -1, 255, 256, 100000, -2**31, 2**31 - 1,
          1.5, -0.0, 1e100, 2 + 3j, 'abc', 'hello world', 'ünï', '', b'', b'\x00\xff',
          (), (1, 2), ('a', ('b',)), Ellipsis]
for v in values:
    print(repr(v), marshal.dumps(v))
for version in range(5):
    print(version, marshal.dumps(('name', 1.25, 7), version))
print(marshal.version)
