# urlencode, parse_qs and parse_qsl with their options.
from urllib.parse import parse_qs, parse_qsl, quote, urlencode

print(urlencode({"a": 1, "b": "x y", "c": "caf\u00e9"}))
print(urlencode([("k", "v1"), ("k", "v2"), ("e", "")]))
print(urlencode({"l": [1, 2], "s": "str"}, doseq=True), urlencode({"l": [1, 2]}))
print(urlencode({"b": b"by tes", b"k": "v"}), urlencode({"p": "a/b c"}, safe="/"))
print(urlencode({"p": "a b"}, quote_via=quote), urlencode({"x": "\u00e9"}, encoding="latin-1"))
print(urlencode({"n": None, "t": (1, 2)}, doseq=True), urlencode({"i": 5}, doseq=True), urlencode([]))
try:
    urlencode("a=b")
except TypeError as e:
    print("TypeError", e)
try:
    urlencode([1, 2])
except TypeError as e:
    print("TypeError", e)

qs = "a=1&b=2&a=3&empty=&noval&plus=x+y&pct=%C3%A9&&semi=1;2"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qs(b"k=v&k=w"), parse_qsl(b"x=%41"))
print(parse_qsl("a=%E9", encoding="latin-1"), parse_qsl("a=%FF"), parse_qsl(""))
for kwargs in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator="")]:
    try:
        print(parse_qsl("a=1&b&c=3", **kwargs))
    except ValueError as e:
        print("ValueError", e)
