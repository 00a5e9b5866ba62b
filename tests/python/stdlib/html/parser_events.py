# html.parser.HTMLParser: the handler calls for tags, attributes, text, references and markup.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


docs = [
    "<!DOCTYPE html><html><head><title>T &amp; U</title></head><body class=main id='b'><p>Hi<br/>there</p></body></html>",
    '<a href="x.html?a=1&amp;b=2" title=\'it\'s\' disabled data-x=bare>link</a>',
    "<IMG SRC=pic.png ALT=\"A &lt;pic&gt;\"><Div CLASS=X>mixed</DIV>",
    "text &copy; &#169; &#xa9; &notanentity; & alone &amp",
    "<!-- a comment --><!--x-- ><?xml version='1.0'?><![CDATA[raw <data>]]>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script><style>p > a {}</style>after",
    "<p>unclosed <b>bold",
    "</>empty end</ p ><br><hr/><input type=checkbox checked>",
    "<a b='1'c=\"2\"d=3/>",
    "<!bogus comment>< not a tag <3 <",
]
for doc in docs:
    for convert in (True, False):
        p = Recorder(convert_charrefs=convert)
        p.feed(doc)
        p.close()
        print(convert, p.events)
