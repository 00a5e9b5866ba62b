# Networks: masks, hosts, subnets, supernet, containment and the module-level helpers.
import ipaddress

for text in ["192.168.0.0/24", "10.0.0.0/255.0.0.0", "172.16.0.0/0.15.255.255", "1.2.3.4/32", "1.2.3.4/31",
             "2001:db8::/32", "::/0", "2001:db8::/127", "0.0.0.0/0"]:
    n = ipaddress.ip_network(text)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
    print("  ", n.with_prefixlen, n.with_netmask, n.with_hostmask, n.is_private, n.is_global, n.exploded)
n = ipaddress.IPv4Network("192.168.1.0/29")
print(list(n.hosts()), list(n)[:3], n[0], n[-1], n[3])
print(list(ipaddress.ip_network("10.0.0.0/31").hosts()), list(ipaddress.ip_network("10.0.0.7/32").hosts()))
print(list(ipaddress.ip_network("2001:db8::/126").hosts()))
print(list(n.subnets()), list(n.subnets(new_prefix=31))[:2], n.supernet(), n.supernet(new_prefix=16))
print(ipaddress.ip_address("192.168.1.3") in n, ipaddress.ip_address("192.168.2.3") in n, ipaddress.ip_address("::1") in n)
big = ipaddress.ip_network("10.0.0.0/8")
small = ipaddress.ip_network("10.1.0.0/16")
print(small.subnet_of(big), big.supernet_of(small), big.overlaps(small), big.compare_networks(small),
      small.compare_networks(big), big.compare_networks(big))
print(list(ipaddress.ip_network("10.0.0.0/28").address_exclude(ipaddress.ip_network("10.0.0.4/30"))))
print(ipaddress.ip_network("1.2.3.4/24", strict=False), ipaddress.ip_network(("10.0.0.0", 8)), ipaddress.IPv4Network(0))
first, last = ipaddress.ip_address("192.0.2.0"), ipaddress.ip_address("192.0.2.130")
print(list(ipaddress.summarize_address_range(first, last)))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("192.0.2.0/25"), ipaddress.ip_network("192.0.2.128/25")])))
print(list(ipaddress.collapse_addresses(map(ipaddress.ip_address, ["10.0.0.1", "10.0.0.0", "10.0.0.2", "10.0.0.3", "10.0.0.9"]))))
print(sorted([ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_address("10.0.0.1")], key=ipaddress.get_mixed_type_key))
