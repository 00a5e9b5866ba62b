# urllib.robotparser: parse() of robots.txt lines (agents, Allow/Disallow order, comments,
# percent-encoding, Crawl-delay, Request-rate, Sitemap), can_fetch answers, str(), and read()
# from a local http.server answering 200, 403 and 404.
import http.server
import threading
import urllib.robotparser

ROBOTS = """\
# comment line
User-agent: FigTree
User-agent: Bot/2.0 # trailing comment
Crawl-delay: 3
Request-rate: 9/30
Allow: /tmp/public
Disallow: /tmp
Disallow: /a%3cd.html
Disallow: /%7Ejoe/index.html

User-agent: *
Disallow: /cyberworld/map/
Disallow: /private
Crawl-delay: x
Sitemap: http://www.example.com/sitemap.xml

User-agent: Anything
Disallow:
Sitemap: http://www.example.com/other.xml
bad line without colon
User-agent: *
Disallow: /ignored-second-default
"""

rp = urllib.robotparser.RobotFileParser()
print(rp.can_fetch("*", "/"), rp.mtime(), rp.crawl_delay("x"), rp.site_maps())
rp.parse(ROBOTS.splitlines())
print(rp.mtime() > 0)
for agent, url in [("FigTree", "/tmp/public/x"), ("FigTree", "/tmp/secret"),
                   ("figtree/1.0", "/tmp"), ("Bot", "/a<d.html"), ("Bot", "/~joe/index.html"),
                   ("Bot", "http://example.com/%7Ejoe/index.html"), ("Mozilla", "/private/x"),
                   ("Mozilla", "/cyberworld/map/index.html"), ("Mozilla", "/public"),
                   ("Anything", "/private"), ("Mozilla", ""), ("Mozilla", "/ignored-second-default")]:
    print(agent, url, rp.can_fetch(agent, url))
print(rp.crawl_delay("FigTree"), rp.request_rate("bot"), rp.crawl_delay("Mozilla"),
      rp.request_rate("Mozilla"))
print(rp.site_maps())
print(str(rp))
print(urllib.robotparser.RequestRate(1, 2))


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/robots.txt":
            body = b"User-agent: *\nDisallow: /admin\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/forbidden/robots.txt":
            self.send_error(403)
        else:
            self.send_error(404)

    def log_message(self, format, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
try:
    base = "http://127.0.0.1:%d" % server.server_port
    for path in ["/robots.txt", "/forbidden/robots.txt", "/missing/robots.txt"]:
        parser = urllib.robotparser.RobotFileParser(base + path)
        parser.read()
        print(path, parser.can_fetch("x", "/admin/page"), parser.can_fetch("x", "/home"),
              parser.disallow_all, parser.allow_all, parser.path)
finally:
    server.shutdown()
    server.server_close()
    thread.join()
