# xmlrpc.server's CGI handlers: a POST body answered on stdout with CGI headers, a fault, the
# 400 page for GET, and DocCGIXMLRPCRequestHandler's documentation page for GET.
import io, os, sys, xmlrpc.client
from xmlrpc.server import CGIXMLRPCRequestHandler, DocCGIXMLRPCRequestHandler
h = CGIXMLRPCRequestHandler()
h.register_function(pow)
body = xmlrpc.client.dumps((2, 8), "pow")
os.environ["CONTENT_LENGTH"] = str(len(body))
os.environ["REQUEST_METHOD"] = "POST"
h.handle_request(body.encode())
sys.stdout.flush()
print()
h.handle_xmlrpc(xmlrpc.client.dumps((1,), "missing").encode())
sys.stdout.flush()
print()
os.environ["REQUEST_METHOD"] = "GET"
h.handle_request()
sys.stdout.flush()
print()
d = DocCGIXMLRPCRequestHandler()
d.register_function(pow)
d.handle_request()
