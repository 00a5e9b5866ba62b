# http.client.HTTPConnection.set_debuglevel(1) prints the conversation (send:, reply:,
# header:) on stdout; ServerProxy(verbose=True) turns it on and adds the body. The server
# writes fixed responses, so no Date header varies; the port is masked.
import contextlib
import http.client
import io
import socketserver
import threading
import xmlrpc.client

RESPONSE = (b"HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\nX-Test: yes\r\nContent-Length: %d\r\n"
            b"\r\n%s")
BODY = (b"<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n"
        b"<value><int>32</int></value>\n</param>\n</params>\n</methodResponse>\n")


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        length = 0
        while True:
            line = self.rfile.readline()
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
            if line in (b"\r\n", b""):
                break
        self.rfile.read(length)
        self.wfile.write(RESPONSE % (len(BODY), BODY))


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = True


server = Server(("127.0.0.1", 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
try:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.set_debuglevel(1)
    conn.request("POST", "/path", body=io.BytesIO(b"file body"),
                 headers={"Content-Length": "9", "Host": "example.test"})
    response = conn.getresponse()
    print(response.status, response.read()[:20])
    conn.close()
    proxy = xmlrpc.client.ServerProxy("http://127.0.0.1:%d/RPC2" % port, verbose=True)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = proxy.pow(2, 5)
    print(out.getvalue().replace(":%d" % port, ":PORT"), end="")
    print(result)
finally:
    server.shutdown()
    server.server_close()
    thread.join()
