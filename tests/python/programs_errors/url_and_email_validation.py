# Validating URLs, e-mail addresses and IP addresses with the standard library; errors per input.
import ipaddress
import re
from urllib.parse import urlparse, urlsplit, parse_qs, quote, unquote, urlencode

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")

for url in ["https://example.com:8080/path?q=1&q=2#frag", "ftp://user:pw@host/file", "http://[::1]:80/",
            "http://host:port/", "http://[::1/", "//no-scheme.org/x", "mailto:a@b.c", "http://h:99999/"]:
    try:
        p = urlsplit(url)
        print(url, "->", p.scheme, p.hostname, p.port, p.path, parse_qs(p.query))
    except ValueError as e:
        print(url, "-> ValueError:", e)

for addr in ["ann@example.com", "bob.smith+tag@mail.co.uk", "no-at-sign", "two@@at.com", "x@y", "ünï@códe.org"]:
    print(addr, "valid" if EMAIL.match(addr) else "invalid")

for ip in ["192.168.1.1", "10.0.0.256", "1.2.3", "::1", "2001:db8::1::2", "fe80::1%eth0", "300.1.1.1", 3232235777, -1, "01.2.3.4"]:
    try:
        a = ipaddress.ip_address(ip)
        print(repr(ip), "->", type(a).__name__, a, a.is_private)
    except ValueError as e:
        print(repr(ip), "-> ValueError:", e)

for net in ["192.168.1.0/24", "192.168.1.5/24", "10.0.0.0/33", "10.0.0.0/8", "2001:db8::/129", "1.2.3.4/255.255.0.0"]:
    try:
        n = ipaddress.ip_network(net)
        print(net, "->", n, n.num_addresses)
    except ValueError as e:
        print(net, "-> ValueError:", e)
try:
    ipaddress.ip_address("10.0.0.1") < ipaddress.ip_address("::1")
except TypeError as e:
    print("TypeError:", e)
print(quote("a b&c/d"), unquote("%41%zz"), urlencode({"q": "x y", "n": [1, 2]}, doseq=True))
try:
    urlencode("notamapping")
except TypeError as e:
    print("TypeError:", e)
print(ipaddress.ip_network("192.168.1.5/24"))
