# Atomic groups (?>...) and possessive quantifiers *+ ++ ?+ {m,n}+ (3.11).
import re

print(re.match(r"a(?>bc|b)c", "abcc"), re.match(r"a(?>bc|b)c", "abc"))
print(re.fullmatch(r"\d++", "123"), re.fullmatch(r"\d++3", "123"), re.fullmatch(r"\d+3", "123"))
print(re.findall(r"x*+y", "xxy y xx"), re.findall(r"a?+b", "ab b aab"), re.findall(r"a{1,2}+a", "aaa aa"))
print(re.sub(r"(?>\s+)", " ", "a   b \t c"))
print(re.search(r'"(?>[^"\\]+|\\.)*"', 'say "hi \\"there\\"" now').group())
try:
    re.compile(r"a**")
except re.error as e:
    print("error:", e)
