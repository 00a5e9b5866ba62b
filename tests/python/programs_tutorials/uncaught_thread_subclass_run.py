# The report for a Thread subclass names the thread without a target.
import threading

class Downloader(threading.Thread):
    def __init__(self, url):
        super().__init__()
        self.url = url

    def run(self):
        self.check(self.url)

    def check(self, url):
        if not url.startswith("https://"):
            raise ValueError(f"insecure url: {url}")

good = Downloader("https://example.org")
bad = Downloader("http://example.org")
for d in (good, bad):
    d.start()
    d.join()
print("finished", good.name, bad.name)
