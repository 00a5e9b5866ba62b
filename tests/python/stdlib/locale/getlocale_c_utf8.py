import locale
# the interpreter starts in the environment's LC_CTYPE; CPython 3.11 names C.UTF-8 as en_US
print(locale._parse_localename("C.UTF-8"), locale._parse_localename("C.utf8"), locale._parse_localename("de_DE.UTF-8"))
print(locale.getlocale(locale.LC_NUMERIC))
