# POSTing JSON to a ThreadingHTTPServer; the handler answers with a computed JSON document.
import http.client
import http.server
import json
import threading


class Api(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers['Content-Length'])
        payload = json.loads(self.rfile.read(length))
        result = {'count': len(payload['numbers']), 'total': sum(payload['numbers']),
                  'content_type': self.headers.get_content_type()}
        body = json.dumps(result, sort_keys=True).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Api)
t = threading.Thread(target=server.serve_forever, daemon=True)
t.start()
conn = http.client.HTTPConnection('127.0.0.1', server.server_port)
for numbers in ([1, 2, 3], list(range(100)), []):
    conn.request('POST', '/sum', body=json.dumps({'numbers': numbers}),
                 headers={'Content-Type': 'application/json'})
    resp = conn.getresponse()
    print(resp.status, json.loads(resp.read()))
conn.close()
server.shutdown()
t.join()
server.server_close()
