from itertools import groupby
import re

def look_and_say(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))

def look_and_say_re(s):
    return re.sub(r"(.)\1*", lambda m: f"{len(m.group(0))}{m.group(1)}", s)

s = "1"
for _ in range(10):
    print(s)
    assert look_and_say(s) == look_and_say_re(s)
    s = look_and_say(s)
lengths = []
s = "1"
for _ in range(32):
    lengths.append(len(s))
    s = look_and_say(s)
print(lengths[-5:])
print(f"{lengths[-1] / lengths[-2]:.6f}")
print(look_and_say("3"), look_and_say("22"), look_and_say("1211"))
