import string
for s in ['bad {', 'a {0', 'x {0:', '{0!', '{!}', '{0!r', 'ok {{', '}', '{0}}', '{:{', '{0[}', '{0!rr}', '{0:{1:{2}}}', '{a.}', '{a[]}', '{0[0}']:
  try: print(repr(s), list(string.Formatter().parse(s)))
  except Exception as e: print(repr(s), type(e).__name__, e)
  try: print(repr(s), s.format(1))
  except Exception as e: print(repr(s), type(e).__name__, e)
print(string.Template.flags, string.Template("$X").substitute(x=1, X=2))
