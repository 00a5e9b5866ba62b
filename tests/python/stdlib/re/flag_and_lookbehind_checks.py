import re
for p,f in [(b'a',re.U),('a',re.L),(b'a',re.A|re.L),('a',re.A|re.U),(b'(?u)a',0),('(?L)a',0),(b'(?L)a',0), (b'a', re.L|re.I)]:
  try: print(re.compile(p,f))
  except Exception as e: print(type(e).__name__, e)
for p in ["(?<=a+)b", "(?<=a|bc)x", "(?<!ab*)c", "(?<=a{2})b", "(?<=a{1,2})b", "(?<=(a))b", r"(?<=\d+)x", "(?<=a?)b", r"(?<=(?:ab)+)c", r"(?<=\1)(a)"]:
  try: print(re.compile(p))
  except Exception as e: print(type(e).__name__, e)
for p in [r"(?<=\x41b)c", r"(?<=[a-z]{3})x", r"(?<=(?:ab|cd))x", r"(?<=(?:ab|c))x", r"(?<=a(?=b)c)d", r"(?<=\bab)", r"(?<=a{,2})", r"(?<=\0)x", r"(?<=\012)x",
          r"(?<=(?P<n>ab))x", r"(?<=(?i:ab))x", r"(?<=a\d\s\w.)x", r"(?<=[]a])x", r"(?<=[^\]])x", r"(?<=\N{BULLET})x", r"(?<=a{2}?)x", r"(?<=(?#c)ab)x", r"(?x)(?<= a b # c\n)x", r"(?<=a|b|c)x", r"(?<=a*?)x"]:
  try: print(re.compile(p), re.findall(p, "xab\x01ab\nx"))
  except Exception as e: print(type(e).__name__, e, e.pos)
for p in [b'(?iu)a', b'(?u:a)', '(?iL)x', '(?L:x)', '(?au)x', '(?a:x)(?u:y)', b'(?aL)x', '(?-a:x)', '(?i-i:x)', '(?-:x)','x(?i)', '(?i-m:x)', '(?a:\\w)', '(?-u:x)']:
  try: print(p, re.compile(p))
  except Exception as e: print(p, type(e).__name__, e, e.pos)
for f in [re.I|re.A, re.M|re.S|re.X, re.T|re.I, re.I|re.A]:
    print(repr(re.compile('a', f)))
print(repr(re.compile(b'a', re.L|re.I)))
print(repr(re.compile('(?u)a')), repr(re.compile('a', re.U)), [f for f in re.RegexFlag])
print(repr(re.A|re.I), repr(re.A|re.I|re.U), repr(re.X|re.A|re.M|re.T), repr(re.RegexFlag(1024)), repr(re.RegexFlag(3)), str(re.A|re.I), re.I.value, (re.I|re.M).name, re.RegexFlag(0).name, list(re.I|re.M), re.I in (re.I|re.M), ~re.I, format(re.I), f'{re.I:d}', int(re.I), hash(re.I)==hash(2), re.I==2, re.I|2, type(re.I|2), re.RegexFlag['IGNORECASE'], re.RegexFlag(2), re.I & re.M, bool(re.I & re.M), re.TEMPLATE, re.DEBUG)
print(re.compile("a", re.I).flags, repr(re.compile("a", re.I)), re.compile(b"a").flags, re.compile("(?x)a").flags, type(re.compile("a").flags))
print(str(re.I), "%s" % re.M, "{}".format(re.S), re.I + 1, re.NOFLAG, repr(re.NOFLAG))
for p in ["(?<a>x)", "a{99999999999}", "a{4294967295}"]:
    try:
        re.compile(p)
    except (re.error, OverflowError) as e:
        print(type(e).__name__, e)
