# urllib.request.urlopen against a local http.server: status, headers, body, redirects.
import http.server
import threading
import urllib.request


class Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == '/old':
            self.send_response(301)
            self.send_header('Location', '/new')
            self.end_headers()
            return
        body = ('<p>page %s</p>' % self.path).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/html; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Agent', self.headers['User-Agent'])
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


server = http.server.HTTPServer(('127.0.0.1', 0), Site)
t = threading.Thread(target=server.serve_forever)
t.start()
base = 'http://127.0.0.1:%d' % server.server_port
with urllib.request.urlopen(base + '/index.html') as resp:
    print(resp.status, resp.reason, resp.getcode())
    print(resp.headers.get_content_type(), resp.headers.get_content_charset())
    print(resp.headers['X-Agent'])
    print(resp.read().decode())
    print(resp.geturl() == base + '/index.html')
with urllib.request.urlopen(base + '/old') as resp:
    print('redirected to', resp.geturl()[len(base):], resp.read())
req = urllib.request.Request(base + '/custom', headers={'User-Agent': 'weft-test/1.0'})
print(req.get_method(), req.selector, req.type)
with urllib.request.urlopen(req) as resp:
    print(resp.headers['X-Agent'])
server.shutdown()
t.join()
server.server_close()
