# urlunsplit/urlunparse rebuild URLs; urljoin resolves references as RFC 3986 section 5.4 lists.
from urllib.parse import urljoin, urlparse, urlsplit, urlunparse, urlunsplit

for parts in [("http", "h", "/p", "q", "f"), ("http", "", "p", "", ""), ("", "", "a/b", "", ""),
              ("file", "", "/etc", "", ""), ("mailto", "", "x@y", "", ""), ("http", "h", "p", "", ""),
              ("", "h", "", "", ""), ("https", "", "//x", "", "")]:
    print(parts, urlunsplit(parts))
print(urlunparse(("http", "h", "/p", "a=1", "q", "f")), urlunparse(("", "", "p", "", "", "")))
for url in ["http://a/b/c;p?q#f", "file:///tmp/x", "//h/p", "a?b#c", "http://x/y?"]:
    print(url, urlunsplit(urlsplit(url)), urlunparse(urlparse(url)), urlsplit(url).geturl())

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "",
            ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g",
            "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
            "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("http://a/b/", "c"), urljoin("http://a/b", "c"), urljoin("", "c"), urljoin("http://a", ""))
print(urljoin("mailto:x@y", "z"), urljoin("https://a/b/c", "//other/x"), urljoin("http://a/b/c", "ftp://f/g"))
print(urljoin("http://a/b/c", "#f", allow_fragments=False), urljoin("http://a//b//c/", "../d"))
print(urljoin(b"http://a/b/c", b"../d"))
