import binascii
for d in [b"", b"a", b"ab", b"abc", b"uuencode me", bytes(range(45))]:
    e = binascii.b2a_uu(d); print(e, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(e), binascii.a2b_uu(e.rstrip()))
print(binascii.a2b_uu(b""), binascii.a2b_uu("!80``\n"), binascii.a2b_uu(b"#86)C"))
for bad in [b"#86)C!!", b"#\x0186)C", bytes(46)]:
    try: print(binascii.a2b_uu(bad) if len(bad)<46 else binascii.b2a_uu(bad))
    except binascii.Error as e: print(e)
