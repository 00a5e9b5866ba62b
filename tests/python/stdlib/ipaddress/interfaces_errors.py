# Interfaces, and the exceptions and messages of bad input.
import ipaddress

for text in ["192.168.0.5/24", "10.1.2.3/255.255.0.0", "2001:db8::5/64", "1.2.3.4"]:
    i = ipaddress.ip_interface(text)
    print(repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask)
print(ipaddress.ip_interface("10.0.0.1/8") == ipaddress.ip_interface("10.0.0.1/16"),
      ipaddress.ip_interface("10.0.0.1/8") < ipaddress.ip_interface("10.0.0.2/8"))

bad = [lambda: ipaddress.ip_address("1.2.3"), lambda: ipaddress.IPv4Address("1.2.3.256"),
       lambda: ipaddress.IPv4Address("1.2.3.01"), lambda: ipaddress.IPv4Address("1.2.3.1234"),
       lambda: ipaddress.IPv4Address("1.2.3.x"), lambda: ipaddress.IPv4Address(""),
       lambda: ipaddress.IPv4Address("1..2.3"), lambda: ipaddress.IPv4Address(2 ** 32),
       lambda: ipaddress.IPv4Address(-1), lambda: ipaddress.IPv4Address(b"abc"),
       lambda: ipaddress.ip_network("1.2.3.4/24"), lambda: ipaddress.IPv4Network("1.2.3.0/33"),
       lambda: ipaddress.IPv4Network("1.2.3.0/255.0.255.0"), lambda: ipaddress.IPv6Address("1::2::3"),
       lambda: ipaddress.IPv6Address("1:2:3:4:5:6:7:8:9"), lambda: ipaddress.IPv6Address("12345::"),
       lambda: ipaddress.IPv6Address("1:2"), lambda: ipaddress.IPv6Address(":1:2::"),
       lambda: ipaddress.IPv6Address("1:2::3:"), lambda: ipaddress.ip_address("x"), lambda: ipaddress.ip_network("x"),
       lambda: ipaddress.ip_interface("x"), lambda: ipaddress.IPv4Network("1.2.3.0/x"),
       lambda: ipaddress.IPv6Address("g::"), lambda: ipaddress.IPv4Address("1.2.3.4") < ipaddress.IPv6Address("::1"),
       lambda: ipaddress.IPv4Address("1.2.3.4/24"), lambda: ipaddress.IPv6Address("1:2:3:4:5:6:7::8"),
       lambda: ipaddress.IPv4Network("1.2.3.0/24/1"), lambda: ipaddress.IPv6Address("::1%"),
       lambda: ipaddress.IPv6Address("1:2:3:4:5:6:7:8:9:0"), lambda: list(ipaddress.ip_network("10.0.0.0/8").subnets(new_prefix=4)),
       lambda: ipaddress.ip_network("10.0.0.0/8").supernet(new_prefix=9), lambda: ipaddress.IPv4Address("1.2.3.4") + 2 ** 32]
for f in bad:
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(ipaddress.AddressValueError, ValueError), issubclass(ipaddress.NetmaskValueError, ValueError))
