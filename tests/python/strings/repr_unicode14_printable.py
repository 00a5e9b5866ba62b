# Characters new in Unicode 14 (CPython 3.11's database), such as the emoji U+1FAE0..U+1FAF6,
# are printable: repr() keeps them and isprintable() is True. The two new format marks
# U+0890 and U+0891 are not, and U+1FAF7 was still unassigned in Unicode 14.
faces = ['\U0001FAE0', '\U0001FAE1', '\U0001F979', '\U0001FAF6', '\u2C2F', '\U00010570']
print(repr(faces))
print([f.isprintable() for f in faces])
print(ascii(faces[0]), repr('\u0890\u0891'), '\u0890'.isprintable(), repr('\U0001FAF7'))
print(f'{faces[0]!r}', str(faces[:2]))
