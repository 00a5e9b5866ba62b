# urlsplit and urlparse on many URL shapes; the result tuples and their fields.
from urllib.parse import urlparse, urlsplit

urls = ["http://www.example.com:80/path/to;params?q=1&r=2#frag", "https://user:pw@Host.Example.COM:8443/",
        "ftp://ftp.example.org/pub/file.txt", "file:///etc/passwd", "mailto:someone@example.com",
        "//netloc.only/path", "/just/a/path?x=y", "relative/path#f", "HTTP://UPPER.case/Path",
        "http://[::1]:8080/ipv6", "http://[2001:db8::7]/x", "news:comp.lang.python", "tel:+1-816-555-1212",
        "  \thttp://spaced.example/\n", "sip:alice@atlanta.com;transport=tcp", "http://a/b/c;p1;p2?q",
        "", "?q", "#f", "http:", "http://", "git+ssh://git@github.com/u/r.git", "svn+ssh://h/r", "path:80",
        "localhost:8000/x", "data:text/plain;base64,SGVsbG8="]
for url in urls:
    s = urlsplit(url)
    p = urlparse(url)
    print(repr(url))
    print(" ", s)
    print(" ", p)
print(urlsplit("http://x/a#b", allow_fragments=False), urlparse("a/b", scheme="https"))
print(urlparse("http://x/y").scheme, urlparse("http://x/y")[1], urlparse("http://x/y")._fields)
r = urlparse("http://x/y")
print(r._replace(scheme="https").geturl(), type(r).__name__, isinstance(r, tuple))
