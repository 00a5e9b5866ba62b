# The selectors API: register, get_key, modify, unregister, errors and SelectorKey fields.
import selectors
import socket

a, b = socket.socketpair()
with selectors.DefaultSelector() as sel:
    key = sel.register(a, selectors.EVENT_READ, data='first')
    print(type(key).__name__, key.fd == a.fileno(), key.events, key.data, key.fileobj is a)
    try:
        sel.register(a, selectors.EVENT_READ)
    except KeyError as e:
        print('KeyError: already registered', 'is already registered' in str(e))
    try:
        sel.register(b, 0)
    except ValueError as e:
        print('ValueError', e)
    print('nothing ready:', sel.select(timeout=0))
    b.send(b'x')
    ready = sel.select(timeout=1)
    print([(k.data, ev) for k, ev in ready])
    key2 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data='second')
    print(key2.events, key2.data)
    print(sorted((k.data, ev) for k, ev in sel.select(timeout=1)))
    print(sel.get_key(a).data, a in sel.get_map(), len(sel.get_map()))
    sel.unregister(a)
    try:
        sel.get_key(a)
    except KeyError:
        print('KeyError after unregister')
    try:
        sel.unregister(b)
    except KeyError:
        print('KeyError: b was never registered')
    try:
        sel.register('not a file', selectors.EVENT_READ)
    except ValueError as e:
        print('ValueError', e)
a.close()
b.close()
