from html.parser import HTMLParser
import html


class TableParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows = []
        self.row = None
        self.cell = None
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


doc = """
<table border=1>
  <tr><th>Name</th><th>Price</th><th>Note</th></tr>
  <tr><td>Caf&eacute; au lait</td><td>&pound;3.50</td><td><a href="/c?x=1&amp;y=2">menu</a></td></tr>
  <tr><td>Tea &amp; biscuits</td><td>&#163;2</td><td>&lt;new&gt;</td></tr>
  <tr><td>Water</td><td>free</td><td></td></tr>
</table>
"""
tp = TableParser()
tp.feed(doc)
for row in tp.rows:
    print(" | ".join(cell.ljust(16) for cell in row))
print(tp.links)


class Tracer(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs, repr(self.get_starttag_text()))

    def handle_endtag(self, tag):
        print("end", tag)

    def handle_data(self, data):
        print("data", repr(data))

    def handle_pi(self, data):
        print("pi", repr(data))

    def unknown_decl(self, data):
        print("unknown_decl", repr(data))

    def handle_comment(self, data):
        print("comment", repr(data))


t = Tracer()
t.feed("<?xml version='1.0'?><DIV Class='A' data-x=\"1\" hidden>text<BR/>more</div>")
t.feed("<p>split ")
t.feed("across feeds</p><![CDATA[raw <stuff>]]><!--c-->")
t.feed("<style>p > a { color: red }</style><textarea>&lt;b&gt;</textarea>")
t.close()
t2 = Tracer(convert_charrefs=False)
t2.feed("x &amp; y &#x41; &unknown; <unclosed")
t2.close()
print(html.escape("\"'<>&"), html.unescape("&apos;&quot;&#39;&#x27;&NotAnEntity"))
print(html.unescape("&amp;lt; &ampx &lt3 &LT; &AMP; &nbsp;|&ensp;|"))
