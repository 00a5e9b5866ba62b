# plistlib binary format: exact bytes, sharing of equal values, UIDs.
import plistlib

value = {'name': 'x', 'alias': 'x', 'nums': [1, 1, 2, 300, 70000, 2**40, -1],
         'f': 2.5, 'flags': [True, False, True], 'raw': b'\x00' * 20,
         'uni': 'ünï', 'uid': plistlib.UID(7), 'long': 'y' * 20}
blob = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(blob)
print(len(blob), blob[:8])
back = plistlib.loads(blob)
print(back)
print(back == value)
print(plistlib.loads(plistlib.dumps([[], {}, ''], fmt=plistlib.FMT_BINARY)))
big = list(range(300))
b2 = plistlib.dumps(big, fmt=plistlib.FMT_BINARY)
print(len(b2), b2[-32:])
print(plistlib.loads(b2) == big)
print(plistlib.UID(5), plistlib.UID(5) == plistlib.UID(5), hash(plistlib.UID(5)) == hash(5))
for bad in (-1, 2**64, 'x'):
    try:
        plistlib.UID(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
