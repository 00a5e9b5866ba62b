# bytes in, bytes out; encode()/decode() between the result types; urldefrag.
from urllib.parse import urldefrag, urljoin, urlparse, urlsplit, urlunparse, urlunsplit

b = urlsplit(b"http://user@Host:81/p?q#f")
print(b, type(b).__name__, b.hostname, b.port, b.username, b.password)
s = b.decode()
print(s, type(s).__name__, type(s.encode()).__name__, s.encode("ascii") == b)
p = urlparse(b"http://h/p;x?q")
print(p, type(p).__name__, p.geturl(), urlunparse(p), urlunsplit(urlsplit(b"a/b")))
print(urljoin(b"http://a/b/", b"c"))
try:
    urljoin("http://a/", b"c")
except TypeError as e:
    print("TypeError", e)
try:
    urlsplit(b"http://\xff/")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
for url in ["http://a/b#frag", "http://a/b", "http://a/b#", "/p?q#f", b"http://x/#y"]:
    d = urldefrag(url)
    print(repr(url), d, d.url, d.fragment, d.geturl(), type(d).__name__)
print(urldefrag("http://a/b;p?q#f")[0])
