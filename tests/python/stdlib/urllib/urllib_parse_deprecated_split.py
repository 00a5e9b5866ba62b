import urllib.parse as up
import warnings
warnings.simplefilter("ignore")
print(up.splittype("HTTP://x/y"), up.splittype("/rel"), up.splithost("//h:80/p"), up.splithost("//h?q"), up.splithost("/p"))
print(up.splituser("u:p@h"), up.splituser("h"), up.splitpasswd("u:p"), up.splitpasswd("u"), up.splitport("h:80"), up.splitport("h:"), up.splitport("h:x"))
print(up.splitnport("h:80"), up.splitnport("h"), up.splitnport("h:x"), up.splitnport("h:", 5), up.splitquery("/p?q=1?x"), up.splitquery("/p"))
print(up.splittag("/p#t"), up.splittag("/p"), up.splitattr("/p;a=1;b"), up.splitvalue("a=1"), up.splitvalue("a"), up.to_bytes("abc"), up.unwrap("<URL: http://x >"))
try:
    up.to_bytes("é")
except UnicodeError as e:
    print("UnicodeError", e)
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    up.splittype("a:b"); up.splitvalue("a=b"); up.to_bytes("x")
print([str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])
