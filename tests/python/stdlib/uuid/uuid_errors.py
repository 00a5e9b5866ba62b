import uuid
for bad in [dict(hex='xyz'), dict(int=-1), dict(), dict(bytes=b'ab'), dict(fields=(1, 2)), dict(int=1, version=9)]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
u = uuid.UUID(int=3)
try:
    u.int = 3
except TypeError as e:
    print('TypeError', e)
print(uuid.UUID(int=2**128 - 1), uuid.UUID(int=5, version=4))
