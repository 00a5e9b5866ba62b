from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urlencode, quote,
                          quote_plus, unquote, unquote_plus, parse_qs, parse_qsl, urldefrag,
                          quote_from_bytes, unquote_to_bytes, ParseResult)

u = urlparse("https://user:pw@Example.COM:8443/path/to;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password)
print(u.geturl())
print(u._replace(scheme="http", fragment="").geturl())
s = urlsplit("http://[::1]:80/a/b?x=y")
print(s, s.hostname, s.port)
print(urlparse("//host/path"), urlparse("path/only"), urlparse("mailto:me@x.org"))
print(urlparse("file:///etc/passwd"))
print(urlunparse(("https", "a.com", "/p", "", "k=v", "f")))
print(urlunsplit(("http", "b.org", "/x", "y=1", "")))
base = "http://a/b/c/d;p?q"
for rel in ("g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..", "../../g", "../../../g", "", "https://other/x"):
    print(repr(rel), "->", urljoin(base, rel))
print(urlencode({"name": "J Doe", "tags": ["a", "b"], "n": 5}))
print(urlencode({"tags": ["a", "b"], "sym": "&=/"}, doseq=True))
print(urlencode([("k", "v w"), ("k", "x")], quote_via=quote))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b+c/d"))
print(unquote("a%20b%2Fc%C3%A9"), unquote_plus("a+b%2B"), unquote("%zz%4"))
print(quote(b"\x00\xff"), quote_from_bytes(b"abc def"), unquote_to_bytes("a%20%FF"))
print(parse_qs("a=1&b=2&a=3&c="), parse_qs("a=1&c=", keep_blank_values=True))
print(parse_qsl("x=1;y=2&z=%20", separator="&"), parse_qsl("k=a+b&k2=%26"))
print(urldefrag("http://h/p#sec"), urldefrag("http://h/p"))
try:
    urlparse("http://h:notaport/").port
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://h:99999/").port
except ValueError as e:
    print("ValueError", e)
try:
    parse_qs("a=1&b", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
print(isinstance(u, tuple), len(u), u[1], ParseResult._fields)
print(urlsplit("HTTP://X.com/P").scheme, urlparse("http://x.com:/").port)
