# Several threads parse, search, build and serialize at the same time.
import threading
import xml.etree.ElementTree as ET

doc = "<r>" + "".join("<i n='%d'><v>%d</v></i>" % (k, k * k) for k in range(200)) + "</r>"
results = {}
lock = threading.Lock()

def work(tid):
    root = ET.fromstring(doc)
    total = sum(int(v.text) for v in root.iterfind("i/v"))
    hits = len(root.findall(".//i[@n='%d']" % tid))
    out = ET.Element("t", id=str(tid))
    for k in range(50):
        ET.SubElement(out, "{urn:t%d}x" % (tid % 3), k=str(k))
    text = ET.tostring(out, encoding="unicode")
    with lock:
        results[tid] = (total, hits, len(text), text[:40])

threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for tid in sorted(results):
    print(tid, results[tid])
