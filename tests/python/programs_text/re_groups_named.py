import re
log = """2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:01 WARN  [web] Slow response: 2.5s
2024-01-16 08:00:00 INFO  [db] Reconnected
garbage line
2024-01-16 09:15:30 ERROR [auth] Invalid token for user=alice"""
pat = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)")
for line in log.splitlines():
    m = pat.match(line)
    if not m:
        print("no match:", repr(line))
        continue
    print(m.group("level"), m["mod"], m.group(1, 3), m.span("msg"), m.start(2), m.end())
    print("  ", m.groupdict())
m = pat.match(log)
print(m.groups(), m.lastindex, m.lastgroup, m.re.pattern[:20], m.string[:10], m.pos, m.endpos)
print(pat.groups, sorted(pat.groupindex.items()), pat.flags)
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1, 2), m.span(2), m.start(2), m.lastindex)
m = re.search(r"(?P<first>\w+) (?P<last>\w+)?", "Jane ")
print(m.groupdict(), m.groupdict("N/A"), m.expand(r"\g<first>/\2/\1"))
try:
    m.group(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    m.group("nope")
except IndexError as e:
    print(type(e).__name__, e)
print(repr(m), repr(re.match("x*", "")), repr(pat)[:40])
print(re.match(r"(?:non)(cap)", "noncap").groups(), re.match(r"(\w)\1", "aa").group(), re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there").group())
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch(r"a|ab", "ab"))
print(re.match(r"(?i)hello", "HeLLo").group(), re.search(r"^b", "a\nb", re.M).span(), re.search(r"a.b", "a\nb", re.S).group())
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"\w\d", "a1 b2"), re.findall(r"(x)?y", "y xy"), re.findall("", "ab"))
for m in re.finditer(r"\b(\w)(\w*)\b", "hello big world"):
    print(m.group(), m.span(), m.group(1).upper() + m.group(2))
print(m[0], m[1], m[2])
