# IPv4 and IPv6 addresses: parsing, text forms, arithmetic, comparison and the special ranges.
import ipaddress

for text in ["192.168.1.1", "10.0.0.1", "127.0.0.1", "8.8.8.8", "0.0.0.0", "255.255.255.255", "169.254.1.1",
             "224.0.0.1", "100.64.0.1", "240.0.0.1", "::1", "::", "2001:db8::1", "ff02::1",
             "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:192.0.2.128", "2002:c000:0204::1", "fec0::1",
             "2001:0:4136:e378:8000:63bf:3fff:fdd2", "1:0:0:2:0:0:0:3", "0:0:1:0:0:1:0:0", "2606:4700::6810:84e5"]:
    a = ipaddress.ip_address(text)
    print(repr(a), str(a), a.exploded, a.compressed, a.version, a.max_prefixlen, int(a), a.packed.hex())
    print("  ", a.is_private, a.is_global, a.is_multicast, a.is_reserved, a.is_loopback, a.is_link_local,
          a.is_unspecified, a.reverse_pointer)
    if a.version == 6:
        print("  ", a.ipv4_mapped, a.sixtofour, a.teredo, a.scope_id, a.is_site_local)
a = ipaddress.IPv4Address("10.0.0.255")
print(a + 1, a - 255, a < ipaddress.IPv4Address("10.0.1.0"), a == ipaddress.IPv4Address(167772415), hash(a) == hash(a + 0))
print(ipaddress.IPv4Address(b"\x7f\x00\x00\x01"), ipaddress.IPv6Address(1), ipaddress.IPv6Address(b"\x00" * 15 + b"\x02"))
print(format(a, "b"), format(a, "#x"), format(a, "_X"), format(ipaddress.IPv6Address("::1"), "#_x"), f"{a:>15s}")
scoped = ipaddress.ip_address("fe80::1%eth0")
print(repr(scoped), scoped.scope_id, scoped == ipaddress.ip_address("fe80::1"), scoped.is_link_local)
print(sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("9.0.0.1")]))
print(ipaddress.v4_int_to_packed(1), ipaddress.v6_int_to_packed(1).hex())
