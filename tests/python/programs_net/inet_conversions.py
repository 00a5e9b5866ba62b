# Address and byte-order helpers: inet_aton/ntoa/pton/ntop and htons/ntohs/htonl/ntohl.
import socket

for text in ('127.0.0.1', '10.1.2.3', '255.255.255.255', '127.1'):
    packed = socket.inet_aton(text)
    print(text, packed, socket.inet_ntoa(packed))
for text in ('::1', '2001:db8::8:800:200c:417a', 'fe80::1', '::', '::ffff:192.0.2.1'):
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, len(packed), socket.inet_ntop(socket.AF_INET6, packed))
print(socket.inet_pton(socket.AF_INET, '192.168.0.1'))
print(socket.inet_ntop(socket.AF_INET, b'\xc0\xa8\x00\x01'))
for bad in ('300.1.1.1', 'abc'):
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print('OSError', e)
try:
    socket.inet_pton(socket.AF_INET, '1.2.3')
except OSError as e:
    print('OSError', e)
try:
    socket.inet_ntoa(b'\x01\x02')
except OSError as e:
    print('OSError', e)
try:
    socket.inet_ntop(socket.AF_INET6, b'short')
except ValueError as e:
    print('ValueError', e)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.htons(0x1234) == 0x3412, socket.ntohl(socket.htonl(123456789)))
for fn, value in ((socket.htons, 70000), (socket.htons, -1), (socket.htonl, 2 ** 32)):
    try:
        fn(value)
    except OverflowError as e:
        print('OverflowError', e)
