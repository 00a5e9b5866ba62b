import html
from html.parser import HTMLParser

samples = ['<a href="x">Tom & Jerry\'s</a>', "plain", "5 > 3 && 2 < 4", ""]
for s in samples:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))
for s in ["&lt;b&gt;bold&lt;/b&gt;", "&amp;amp;", "&copy; 2024 &mdash; &euro;5", "&#65;&#x42;&#x43",
          "&notanentity; &amp", "caf&eacute; &Eacute;", "&#0; &#x110000; &#128;", "&gt&lt&quot"]:
    print(repr(html.unescape(s)))


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        if data.strip():
            self.events.append(("data", data.strip()))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_entityref(self, name):
        self.events.append(("entity", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))


page = """<!DOCTYPE html>
<html><head><title>Test &amp; page</title></head>
<body class="main" id=b1>
<!-- a comment -->
<p>Hello <b>world</b> &copy; &#169;</p>
<img src="a.png" alt='pic'/>
<a href="/x?a=1&amp;b=2" DISABLED>link</a>
<script>if (a < b) { x = "</p>"; }</script>
</body></html>"""
p = LinkCollector()
p.feed(page)
p.close()
for ev in p.events:
    print(ev)

p2 = LinkCollector()
p2.convert_charrefs = False
p2.feed("<p>a &amp; b &#62;</p>")
print(p2.events)
print(p.getpos())
