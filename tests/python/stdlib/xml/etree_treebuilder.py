# XMLParser with targets: TreeBuilder options and custom targets.
import xml.etree.ElementTree as ET

tb = ET.TreeBuilder()
tb.start("root", {"a": "1"})
tb.data("hello ")
tb.data("world")
tb.start("child", {})
tb.end("child")
tb.data("tail")
tb.end("root")
root = tb.close()
print(ET.tostring(root, encoding="unicode"))

parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
parser.feed("<r><!-- note --><?go now?><x/></r>")
print(ET.tostring(parser.close(), encoding="unicode"))


class Collector:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(("start", tag, dict(attrib)))
    def end(self, tag):
        self.log.append(("end", tag))
    def data(self, data):
        self.log.append(("data", data))
    def comment(self, text):
        self.log.append(("comment", text))
    def pi(self, target, data):
        self.log.append(("pi", target, data))
    def close(self):
        return "closed with %d events" % len(self.log)


target = Collector()
p = ET.XMLParser(target=target)
p.feed("<doc k='v'>t<!--c--><?p x?><e/></doc>")
print(p.close())
for entry in target.log:
    print(entry)


class MaxDepth:
    depth = 0
    maxDepth = 0
    def start(self, tag, attrib):
        self.depth += 1
        self.maxDepth = max(self.maxDepth, self.depth)
    def end(self, tag):
        self.depth -= 1
    def close(self):
        return self.maxDepth


p = ET.XMLParser(target=MaxDepth())
p.feed("<a><b><c/><d><e/></d></b></a>")
print(p.close())
parser = ET.XMLParser()
parser.feed(b"<a>by")
parser.feed(b"tes</a>")
print(parser.close().text)
