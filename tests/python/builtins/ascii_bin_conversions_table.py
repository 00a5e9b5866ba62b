for ch in "Az0 ~é":
    code = ord(ch)
    print(repr(ch), code, hex(code), oct(code), bin(code), ascii(ch), format(code, "08b"))
