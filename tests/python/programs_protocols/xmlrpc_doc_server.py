# DocXMLRPCServer: the HTML page a GET returns (title, name, documentation, one entry per
# method with its signature and marked-up docstring), next to ordinary XML-RPC calls.
import threading
import urllib.request
import xmlrpc.client
from xmlrpc.server import DocXMLRPCServer, DocXMLRPCRequestHandler


class Quiet(DocXMLRPCRequestHandler):
    def log_message(self, format, *args):
        pass


server = DocXMLRPCServer(("127.0.0.1", 0), requestHandler=Quiet)
server.set_server_title("Calculator <docs>")
server.set_server_name("Calculator & Co")
server.set_server_documentation("Adds numbers.\n\nSee RFC 2616, PEP 8 and\nhttp://example.com/x.")


def add(a, b=0, *more, scale: int = 1):
    """Add a and b (see mul() and self.total).

    Returns   the sum."""
    return (a + b) * scale


def mul(a, b):
    return a * b


class Stats:
    def _listMethods(self):
        return ["stats.mean"]

    def _methodHelp(self, name):
        return "Mean of <values>."

    def _dispatch(self, method, params):
        return sum(params) / len(params)


server.register_function(add)
server.register_function(mul)
server.register_instance(Stats())
server.register_introspection_functions()
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
try:
    with urllib.request.urlopen("http://127.0.0.1:%d/" % port) as page:
        print(page.status, page.headers["Content-Type"])
        print(page.read().decode())
    with urllib.request.urlopen("http://127.0.0.1:%d/pydoc.css" % port) as css:
        print(css.status, css.headers["Content-Type"])
    with xmlrpc.client.ServerProxy("http://127.0.0.1:%d" % port) as proxy:
        print(proxy.add(2, 3), proxy.stats.mean(1, 2, 3), proxy.system.methodHelp("stats.mean"))
    server.set_server_documentation("")
    with urllib.request.urlopen("http://127.0.0.1:%d/RPC2" % port) as page:
        print(repr(page.read().decode().split("</table>")[1][:40]))
finally:
    server.shutdown()
    server.server_close()
    thread.join()
