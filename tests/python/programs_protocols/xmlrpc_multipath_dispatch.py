# More of xmlrpc.server: MultiPathXMLRPCServer with a dispatcher per path, a threading server,
# an instance with dotted names, an instance with its own _dispatch, server-side builtin types,
# and the proxy's close/transport hooks.
import datetime
import socketserver
import threading
import xmlrpc.client
from xmlrpc.server import (MultiPathXMLRPCServer, SimpleXMLRPCDispatcher,
                           SimpleXMLRPCRequestHandler, SimpleXMLRPCServer,
                           list_public_methods, resolve_dotted_attribute)


class Quiet(SimpleXMLRPCRequestHandler):
    rpc_paths = ()   # any path

    def log_message(self, format, *args):
        pass


server = MultiPathXMLRPCServer(("127.0.0.1", 0), requestHandler=Quiet, logRequests=False,
                               allow_none=True, use_builtin_types=True)
maths = server.add_dispatcher("/maths", SimpleXMLRPCDispatcher(allow_none=True,
                                                                use_builtin_types=True))
words = server.add_dispatcher("/words", SimpleXMLRPCDispatcher())
maths.register_function(lambda a, b: a * b, "mul")
maths.register_function(lambda d: d + datetime.timedelta(days=1), "tomorrow")
maths.register_function(lambda b: b[::-1], "reverse")
words.register_function(str.upper, "upper")
print(server.get_dispatcher("/words") is words)


class Inner:
    def hello(self, name):
        return "hello " + name


class Root:
    inner = Inner()

    def ping(self):
        return "pong"


maths.register_instance(Root(), allow_dotted_names=True)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
base = "http://127.0.0.1:%d" % port
with xmlrpc.client.ServerProxy(base + "/maths", use_builtin_types=True) as m:
    print(m.mul(6, 7), m.mul("ab", 3), m.ping(), m.inner.hello("you"))
    print(m.tomorrow(datetime.datetime(2024, 2, 28, 9, 0)), m.reverse(b"abc"))
    for call in [lambda: m.inner._secret(), lambda: m.nothing()]:
        try:
            call()
        except xmlrpc.client.Fault as f:
            print(f.faultCode, f.faultString)
    print(type(m("transport")).__name__)
    m("close")()
with xmlrpc.client.ServerProxy(base + "/words") as w:
    print(w.upper("quiet"))
with xmlrpc.client.ServerProxy(base + "/missing") as x:
    try:
        x.anything()
    except xmlrpc.client.Fault as f:
        print(f.faultCode, f.faultString)
server.shutdown()
server.server_close()
thread.join()


class Threaded(socketserver.ThreadingMixIn, SimpleXMLRPCServer):
    daemon_threads = True


class Custom:
    def _dispatch(self, method, params):
        if method == "fail":
            raise xmlrpc.client.Fault(42, "custom failure")
        return [method, list(params)]

    def _listMethods(self):
        return ["one", "two"]

    def _methodHelp(self, name):
        return "help for " + name


with Threaded(("127.0.0.1", 0), requestHandler=Quiet, logRequests=False) as server2:
    server2.register_instance(Custom())
    server2.register_introspection_functions()
    thread = threading.Thread(target=server2.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    proxy = xmlrpc.client.ServerProxy("http://127.0.0.1:%d/" % server2.server_address[1])
    print(proxy.system.listMethods(), proxy.system.methodHelp("one"))
    print(proxy.any.dotted.name(1, 2))
    try:
        proxy.fail()
    except xmlrpc.client.Fault as f:
        print(repr(f))
    proxy("close")()
    server2.shutdown()
    thread.join()

print(list_public_methods(Root()), resolve_dotted_attribute(Root(), "inner.hello").__name__)
for name, dotted in [("_x", True), ("inner._y", True), ("inner.hello", False)]:
    try:
        resolve_dotted_attribute(Root(), name, dotted)
    except AttributeError as e:
        print("AttributeError:", e)
