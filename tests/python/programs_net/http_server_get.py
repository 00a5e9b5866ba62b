# A tiny HTTP server (BaseHTTPRequestHandler.do_GET) and an http.client client.
import http.client
import http.server
import threading


class Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith('/hello/'):
            name = self.path[len('/hello/'):]
            body = ('Hello, %s!\n' % name).encode()
            self.send_response(200)
            self.send_header('Content-Type', 'text/plain; charset=utf-8')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, format, *args):
        pass  # keep stderr quiet


server = http.server.HTTPServer(('127.0.0.1', 0), Hello)
t = threading.Thread(target=server.serve_forever)
t.start()
for path in ['/hello/world', '/hello/weft', '/nope']:
    conn = http.client.HTTPConnection('127.0.0.1', server.server_port, timeout=10)
    conn.request('GET', path)
    resp = conn.getresponse()
    body = resp.read()
    print(resp.status, resp.reason, resp.version, resp.getheader('Content-Type'))
    print('  server header:', resp.getheader('Server').split()[0])
    print('  body:', body if resp.status == 200 else body.splitlines()[0])
    conn.close()
server.shutdown()
t.join()
server.server_close()
