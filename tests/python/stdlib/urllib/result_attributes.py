# username, password, hostname and port of split and parsed results, and their errors.
from urllib.parse import urlparse, urlsplit

for url in ["http://user:pass@Example.COM:8080/p", "http://user@host/", "http://:pw@host", "http://host:/",
            "http://[::1]:99/", "http://[FE80::1%25Eth0]/", "http://host", "//h:0", "/nohost", "http://h:65535",
            "https://a@b@c:1/"]:
    r = urlsplit(url)
    print(url, r.username, r.password, r.hostname, r.port)
for url in ["http://h:99999/", "http://h:abc/", "http://h:-1/", "http://h:१२/"]:
    try:
        print(urlparse(url).port)
    except ValueError as e:
        print("ValueError", e)
for url in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[vz.1]/"]:
    try:
        print(urlsplit(url))
    except ValueError as e:
        print("ValueError", e)
print(urlsplit("http://[v1.fe]/").hostname)
