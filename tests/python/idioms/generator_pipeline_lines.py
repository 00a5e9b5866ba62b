TEXT = """# config
name = weft
  version = 3
# comment
threads=8

mode = fast
"""

def lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(it):
    for line in it:
        if not line.strip().startswith("#"):
            yield line

def non_blank(it):
    return (line for line in it if line.strip())

def parse(it):
    for line in it:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

settings = dict(parse(non_blank(strip_comments(lines(TEXT)))))
print(settings)
for k, v in settings.items():
    print(f"{k:>8} -> {v}")
