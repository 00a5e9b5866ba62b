import struct
for f in ['@bi', '=bi', '@bq', '@ib', '3s2xh', 'c', '<lLqQ', '@lLnNP', 'e', '0s', '@hi', '@?d', '!I']:
    print(repr(f), struct.calcsize(f))
print(struct.pack('@bq', 1, 2), struct.pack('@cxi', b'a', 3), struct.pack('@hi', 1, 2))
