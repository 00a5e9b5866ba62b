from urllib.parse import (urlencode, urlparse, parse_qs, parse_qsl, quote, unquote, urljoin, urlsplit,
                          urlunsplit, SplitResult, quote_plus, unquote_plus, urldefrag)


def build_url(base, path, **params):
    parts = urlsplit(base)
    query = urlencode(sorted(params.items()), doseq=True)
    return urlunsplit((parts.scheme, parts.netloc, urljoin(parts.path + "/", path), query, ""))


print(build_url("https://api.example.com/v1", "users", page=2, per_page=50, q="john smith"))
print(build_url("https://api.example.com", "search", tag=["a&b", "c/d"], lang="en"))
url = "https://shop.example.com/cart?item=42&item=43&coupon=SAVE%2010&empty=&utf=%E2%9C%93"
parsed = urlparse(url)
print(parse_qs(parsed.query))
print(parse_qs(parsed.query, keep_blank_values=True))
print(parse_qsl(parsed.query, keep_blank_values=True))
print(dict(parse_qsl("a=1&b=2&a=3")))
print(parse_qs("a=%ff&b=caf%C3%A9", encoding="latin-1"), parse_qs("a=%ff", errors="strict") if False else "")
try:
    parse_qs("a=%ff", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
try:
    parse_qsl("a=1&b=2&c=3", max_num_fields=2)
except ValueError as e:
    print("ValueError", e)
for s in ["hello world", "a+b=c", "100%", "ümlaut", "/path/with spaces/", "~user", "a&b|c", "tab\there"]:
    print(repr(s), quote(s), quote_plus(s), quote(s, safe="/ "), unquote(quote(s)) == s)
print(quote("abc", safe=b"b"), quote("é", encoding="latin-1"), quote("€", errors="ignore", encoding="ascii"))
print(unquote("%E2%82%AC %e2%82%ac %ZZ %"), unquote("%E9", encoding="latin-1"), unquote("%E9"))
print(unquote_plus("one+two%20three"), unquote(b"abc%20d".decode()))
sr = SplitResult("http", "example.com:80", "/a", "b=1", "c")
print(sr.geturl(), sr.port, sr.hostname, sr._asdict())
print(urlsplit("https://EXAMPLE.com:443/").hostname, urlsplit("http://[2001:db8::1]:8080/").hostname)
print(urlparse("http://a/b/c/g;x?y#s").params, urlsplit("http://a/b/c/g;x?y#s").path)
for rel in ["../../../up", "./same", "g;x", "g;x?y#s", "", ".", "./", "//other.host/x"]:
    print(repr(rel), urljoin("http://a/b/c/d;p?q", rel))
print(urljoin("https://x.org/docs/", "intro.html"), urljoin("https://x.org/docs", "intro.html"))
print(urljoin("ftp://f.org/pub/file", "other"), urljoin("mailto:a@b", "c"))
print(urldefrag("https://d.org/page?q=1#top"))
print(urlencode({"a": None, "b": True, "c": 1.5, "d": b"bytes"}))
print(urlencode({"k": ("x", "y")}), urlencode({"k": ("x", "y")}, doseq=True))
try:
    urlencode("not a mapping")
except TypeError as e:
    print("TypeError", e)
try:
    urlencode([1, 2])
except TypeError as e:
    print("TypeError", e)
