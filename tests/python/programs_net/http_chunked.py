# A chunked response written by hand, read whole and in pieces by http.client.
import http.client
import http.server
import threading


class Chunks(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        self.send_response(200)
        self.send_header('Transfer-Encoding', 'chunked')
        self.send_header('Connection', 'close')
        self.end_headers()
        for part in (b'alpha ', b'beta ', b'gamma'):
            self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part))
        self.wfile.write(b'0\r\n\r\n')

    def log_message(self, format, *args):
        pass


server = http.server.HTTPServer(('127.0.0.1', 0), Chunks)
t = threading.Thread(target=server.serve_forever)
t.start()
conn = http.client.HTTPConnection('127.0.0.1', server.server_port)
conn.request('GET', '/')
resp = conn.getresponse()
print(resp.status, resp.chunked, resp.getheader('Transfer-Encoding'))
print(resp.read())
conn.close()
conn = http.client.HTTPConnection('127.0.0.1', server.server_port)
conn.request('GET', '/')
resp = conn.getresponse()
pieces = []
while True:
    piece = resp.read(4)
    if not piece:
        break
    pieces.append(piece)
print(pieces)
print(resp.isclosed())
conn.close()
server.shutdown()
t.join()
server.server_close()
