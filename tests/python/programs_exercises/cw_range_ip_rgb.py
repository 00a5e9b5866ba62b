from ipaddress import IPv4Address
from itertools import groupby
import re


def range_extraction(args):
    out = []
    for _, grp in groupby(enumerate(args), key=lambda p: p[1] - p[0]):
        vals = [v for _, v in grp]
        if len(vals) >= 3:
            out.append(f"{vals[0]}-{vals[-1]}")
        else:
            out.extend(map(str, vals))
    return ",".join(out)


def int32_to_ip(n):
    return str(IPv4Address(n))


def ip_to_int32(ip):
    return int.from_bytes(bytes(map(int, ip.split("."))), "big")


def rgb(r, g, b):
    return "".join(f"{max(0, min(255, v)):02X}" for v in (r, g, b))


def hex_to_rgb(h):
    return dict(zip("rgb", bytes.fromhex(h.lstrip("#"))))


def strip_comments(text, markers):
    pattern = "|".join(map(re.escape, markers))
    return "\n".join(re.split(pattern, line)[0].rstrip() for line in text.split("\n"))


def make_readable(seconds):
    return "{:02}:{:02}:{:02}".format(seconds // 3600, seconds // 60 % 60, seconds % 60)


def is_valid_ip(s):
    parts = s.split(".")
    return len(parts) == 4 and all(p.isdigit() and str(int(p)) == p and 0 <= int(p) <= 255 for p in parts)


print(range_extraction([-10, -9, -8, -6, -3, -2, -1, 0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 14, 15, 17, 18, 19, 20]))
print(range_extraction([1, 2]), range_extraction([]))
print([int32_to_ip(n) for n in (2154959208, 0, 2149583361, 4294967295)], ip_to_int32("128.114.17.104"))
print(rgb(255, 255, 255), rgb(255, 255, 300), rgb(0, 0, -20), rgb(148, 0, 211), hex_to_rgb("#FF9933"))
print(repr(strip_comments("apples, pears # and bananas\ngrapes\nbananas !apples", ["#", "!"])))
print([make_readable(s) for s in (0, 5, 60, 86399, 359999)])
print([is_valid_ip(s) for s in ("12.255.56.1", "", "abc.def.ghi.jkl", "123.456.789.0", "01.02.03.04", "1.2.3.4 ", "1e0.1.1.1")])
