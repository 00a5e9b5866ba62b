print(ord("A"), ord("a"), ord("0"), ord(" "), ord("€"))
print(chr(65), chr(122), chr(8364), chr(0x1F600) == "\U0001F600")
alphabet = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
print(alphabet, len(alphabet))
def col_name(n):
    name = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name
print([col_name(n) for n in (1, 26, 27, 52, 703, 16384)])
def col_number(s):
    n = 0
    for ch in s:
        n = n * 26 + ord(ch) - 64
    return n
print([col_number(s) for s in ("A", "Z", "AA", "XFD")])
print("".join(chr(ord(c) ^ 32) if c.isalpha() else c for c in "Hello World"))
print(sum(ord(c) for c in "checksum") % 256)
