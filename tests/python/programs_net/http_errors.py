# HTTP errors: send_error pages, HTTPError from urlopen, 501 for an unknown method, bad requests.
import http.client
import http.server
import socket
import threading
import urllib.error
import urllib.request


class Strict(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == '/secret':
            self.send_error(403, 'Keep out', 'This page is private')
        else:
            self.send_error(404)

    def log_message(self, format, *args):
        pass


server = http.server.HTTPServer(('127.0.0.1', 0), Strict)
t = threading.Thread(target=server.serve_forever)
t.start()
base = 'http://127.0.0.1:%d' % server.server_port
for path in ('/missing', '/secret'):
    try:
        urllib.request.urlopen(base + path)
    except urllib.error.HTTPError as e:
        print(e, '|', e.code, e.reason, '|', e.headers['Content-Type'])
        page = e.read().decode()
        print([line.strip() for line in page.splitlines() if line.strip().startswith('<p>')])
        print(isinstance(e, urllib.error.URLError), isinstance(e, OSError))
conn = http.client.HTTPConnection('127.0.0.1', server.server_port)
conn.request('DELETE', '/thing')
resp = conn.getresponse()
print(resp.status, resp.reason)
resp.read()
conn.close()
with socket.create_connection(('127.0.0.1', server.server_port)) as raw:
    raw.sendall(b'GARBAGE\r\n\r\n')
    reply = b''
    while True:
        chunk = raw.recv(4096)
        if not chunk:
            break
        reply += chunk
    print(reply.split(b'\r\n')[0])
server.shutdown()
t.join()
server.server_close()
