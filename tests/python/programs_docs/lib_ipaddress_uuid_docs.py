# ipaddress HOWTO examples and uuid name-based UUIDs (uuid3, uuid5) plus UUID fields.
import ipaddress, uuid
print(repr(ipaddress.ip_address('192.0.2.1')), repr(ipaddress.ip_address('2001:DB8::1')), ipaddress.ip_address(3221225985))
net = ipaddress.ip_network('192.0.2.0/24')
print(net, net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, net.prefixlen, net.version)
for x in list(net.hosts())[:3]:
    print(x)
try:
    ipaddress.ip_network('192.0.2.1/24')
except ValueError as e:
    print('ValueError:', e)
print(ipaddress.ip_network('192.0.2.1/24', strict=False), ipaddress.ip_interface('192.0.2.1/24').network, ipaddress.ip_interface('192.0.2.1/24').ip)
print(ipaddress.ip_address('192.0.2.1') in net, ipaddress.ip_address('10.1.1.1').is_private, ipaddress.ip_address('127.0.0.1').is_loopback, ipaddress.ip_address('224.0.0.1').is_multicast)
print(list(ipaddress.ip_network('10.0.0.0/30').subnets(new_prefix=31)), ipaddress.ip_network('10.0.0.0/24').supernet(prefixlen_diff=8))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network('192.0.2.0/25'), ipaddress.ip_network('192.0.2.128/25')])), ipaddress.ip_address('192.0.2.1') + 5, int(ipaddress.ip_address('0.0.1.0')))
v6 = ipaddress.ip_address('2001:db8::1')
print(v6.exploded, v6.compressed, v6.reverse_pointer, ipaddress.ip_address('::ffff:192.0.2.1').ipv4_mapped, ipaddress.IPv4Address('1.2.3.4').packed)
print(ipaddress.ip_address('1.2.3.4') < ipaddress.ip_address('1.2.3.5'), sorted([ipaddress.ip_address('10.0.0.2'), ipaddress.ip_address('10.0.0.1')]))
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address('192.0.2.0'), ipaddress.IPv4Address('192.0.2.130'))))
for bad in ['256.1.1.1', '1.2.3', 'x::y', '']:
    try:
        ipaddress.ip_address(bad)
    except ValueError as e:
        print('ValueError:', e)
u3 = uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
u5 = uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
print(u3, u5, u5.version, u5.variant, u5.hex, u5.int, u5.urn, u5.bytes[:4], u5.fields[:3])
x = uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}')
print(str(x), repr(x), x.bytes, x.time_low, x.node, uuid.UUID(bytes=x.bytes) == x, uuid.UUID(int=1), uuid.UUID(hex='12345678123456781234567812345678'))
print(uuid.NAMESPACE_URL, uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'))
try:
    uuid.UUID('not-a-uuid')
except ValueError as e:
    print('ValueError:', e)
