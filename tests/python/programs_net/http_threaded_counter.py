# A ThreadingHTTPServer shared by a pool of urlopen clients; a lock guards the hit counter.
import concurrent.futures
import http.server
import threading
import urllib.request

hits = {}
hits_lock = threading.Lock()


class Counter(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with hits_lock:
            hits[self.path] = hits.get(self.path, 0) + 1
        body = b'ok'
        self.send_response(200)
        self.send_header('Content-Length', '2')
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Counter)
print(server.daemon_threads, type(server).__mro__[1].__name__)
t = threading.Thread(target=server.serve_forever)
t.start()
base = 'http://127.0.0.1:%d' % server.server_port


def fetch(i):
    with urllib.request.urlopen('%s/page%d' % (base, i % 3)) as r:
        return r.status, r.read()


with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
    results = list(pool.map(fetch, range(30)))
print(set(results), len(results))
print(sorted(hits.items()))
server.shutdown()
t.join()
server.server_close()
