# An XML-RPC server in a thread and a ServerProxy calling it: functions, an instance, dotted
# names, introspection, multicall, faults, and marshalling of None, bytes and dates.
import datetime
import threading
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ('/RPC2',)


server = SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=Handler, logRequests=False,
                            allow_none=True)
server.register_introspection_functions()
server.register_multicall_functions()


def add(x, y):
    """Adds two numbers."""
    return x + y


server.register_function(add)
server.register_function(pow)


@server.register_function(name='echo')
def echo_anything(value):
    return value


@server.register_function
def fail(code):
    if code:
        raise xmlrpc.client.Fault(code, "custom fault %d" % code)
    return 1 / code


class Calc:
    def mul(self, a, b):
        """Multiplies."""
        return a * b

    def _secret(self):
        return "hidden"


server.register_instance(Calc())
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()

url = "http://127.0.0.1:%d/RPC2" % port
with xmlrpc.client.ServerProxy(url, allow_none=True) as proxy:
    print(proxy.add(2, 3), proxy.add("a", "b"), proxy.add([1], [2]))
    print(proxy.pow(2, 10), proxy.mul(6, 7))
    print(proxy.system.listMethods())
    print(repr(proxy.system.methodHelp('add')), repr(proxy.system.methodHelp('mul')))
    print(proxy.system.methodSignature('add'))
    for name in ['system.listMethods', 'system.methodHelp', 'system.methodSignature',
                 'system.multicall', 'nothing']:
        print(repr(proxy.system.methodHelp(name)))
    for value in [None, True, 3.25, "text <&>", [1, [2, 3]], {'k': 'v', 'n': None}, (1, 2),
                  2 ** 31 - 1]:
        print(repr(proxy.echo(value)))
    b = proxy.echo(b"\x00\x01bytes")
    print(type(b).__name__, b.data, str(b) == "\x00\x01bytes")
    d = proxy.echo(datetime.datetime(2024, 2, 29, 13, 45, 1))
    print(type(d).__name__, str(d), d.value, d == datetime.datetime(2024, 2, 29, 13, 45, 1))
    for call in [lambda: proxy.fail(7), lambda: proxy.fail(0), lambda: proxy.nothing(),
                 lambda: proxy._secret()]:
        try:
            call()
        except xmlrpc.client.Fault as f:
            print("Fault", f.faultCode, repr(f.faultString))
            print(repr(f), str(f) == repr(f))
    try:
        proxy.echo(2 ** 40)
    except OverflowError as e:
        print("OverflowError", e)
    multi = xmlrpc.client.MultiCall(proxy)
    multi.add(1, 2)
    multi.fail(3)
    multi.mul(3, 3)
    multi.echo("x")
    results = multi()
    for i in range(4):
        try:
            print("multi", i, results[i])
        except xmlrpc.client.Fault as f:
            print("multi", i, repr(f))
    print([r for r in xmlrpc.client.MultiCall(proxy)()])

with xmlrpc.client.ServerProxy("http://127.0.0.1:%d/other" % port,
                               use_builtin_types=True) as other:
    try:
        other.add(1, 2)
    except xmlrpc.client.ProtocolError as e:
        print(type(e).__name__, e.errcode, e.errmsg, e.url.endswith("/other"))

with xmlrpc.client.ServerProxy(url, use_builtin_types=True) as proxy2:
    print(repr(proxy2.echo(b"raw")), repr(proxy2.echo(datetime.datetime(2000, 1, 2, 3, 4, 5))))

server.shutdown()
server.server_close()
thread.join()
print("done")
