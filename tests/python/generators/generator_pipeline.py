def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split("#")[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
text = """
# config
name = weft   # the name
threads=4
empty=
"""
print(dict(parse(strip_comments(read_lines(text)))))
