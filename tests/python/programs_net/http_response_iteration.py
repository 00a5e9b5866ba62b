# An HTTPResponse is iterated as any binary file is (io.BufferedIOBase): by lines, mixing next() and readline().
import http.server, http.client, threading
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"one\ntwo\nthree\n"
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
t = threading.Thread(target=srv.serve_forever); t.start()
c = http.client.HTTPConnection("127.0.0.1", srv.server_address[1])
c.request("GET", "/"); r = c.getresponse()
print([line for line in r], r.closed)
try:
    print(list(r))
except ValueError as e:
    print("ValueError", e)
c.request("GET", "/"); r = c.getresponse(); print(next(r), r.readline(), list(r))
c.close(); srv.shutdown(); srv.server_close(); t.join()
