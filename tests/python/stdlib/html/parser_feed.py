# Feeding in pieces, getpos, get_starttag_text, reset and the default handle_startendtag.
from html.parser import HTMLParser


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_starttag(self, tag, attrs):
        self.out.append(("start", tag, attrs, self.getpos(), self.get_starttag_text()))

    def handle_endtag(self, tag):
        self.out.append(("end", tag, self.getpos()))

    def handle_data(self, data):
        self.out.append(("data", data))


doc = "<html>\n  <body>\n    <p class='a'>Hello &amp; wel\ncome</p>\n  <img src=x />\n</body></html>"
whole = Collect()
whole.feed(doc)
whole.close()
print(whole.out)
pieces = Collect()
for k in range(0, len(doc), 3):
    pieces.feed(doc[k:k + 3])
pieces.close()
joined = []
for ev in pieces.out:
    if ev[0] == "data" and joined and joined[-1][0] == "data":
        joined[-1] = ("data", joined[-1][1] + ev[1])
    else:
        joined.append(ev)
print([e for e in joined if e[0] != "data"] == [e for e in whole.out if e[0] != "data"])
print("".join(e[1] for e in pieces.out if e[0] == "data") == "".join(e[1] for e in whole.out if e[0] == "data"))
p = Collect()
p.feed("<b>x")
p.reset()
p.feed("<i>y</i>")
p.close()
print(p.out)
base = HTMLParser()
base.feed("<x/>text<!-- c -->")
base.close()
print(base.getpos(), HTMLParser.CDATA_CONTENT_ELEMENTS)
