s = 's = %r\nprint(s %% s)'
print(s % s)
t = 't = {!r}\nprint(t.format(t))'
print(t.format(t))
src = 'x = {0!r}; print(x.format(x))'
print(src.format(src))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n\\"))
print(repr("\x00\x7f\u00e9\u200b\U0001f600"), ascii("\u00e9\U0001f600"))
