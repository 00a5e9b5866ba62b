# HTTP/1.1 keep-alive: several requests on one HTTPConnection, served by one handler instance.
import http.client
import http.server
import threading

handlers = set()


class KeepAlive(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        handlers.add(id(self))
        body = self.path.encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


server = http.server.HTTPServer(('127.0.0.1', 0), KeepAlive)
t = threading.Thread(target=server.serve_forever)
t.start()
conn = http.client.HTTPConnection('127.0.0.1', server.server_port)
for i in range(4):
    conn.request('GET', '/item/%d' % i)
    resp = conn.getresponse()
    print(resp.status, resp.version, resp.read(), resp.will_close)
conn.close()
print('handler instances:', len(handlers))
server.shutdown()
t.join()
server.server_close()
