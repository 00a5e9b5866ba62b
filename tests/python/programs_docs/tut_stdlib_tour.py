# Tutorial 10: brief tour of the standard library (re, math, random with a seed, statistics, dates, zlib).
import re
print(re.findall(r'\bf[a-z]*', 'which foot or hand fell fastest'))
print(re.sub(r'(\b[a-z]+) \1', r'\1', 'cat in the the hat'))
print('tea for too'.replace('too', 'two'))
import math
print(math.cos(math.pi / 4), math.log(1024, 2))
import random
random.seed(12345)
print(random.choice(['apple', 'pear', 'banana']))
print(random.sample(range(100), 10))
print(random.random())
print(random.randrange(6))
import statistics
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data), statistics.median(data), statistics.variance(data))
from datetime import date
now = date(2003, 12, 2)
print(now)
print(now.strftime("%m-%d-%y. %d %b %Y is a %A on the %d day of %B."))
birthday = date(1964, 7, 31)
age = now - birthday
print(age.days)
import zlib
s = b'witch which has which witches wrist watch'
print(len(s))
t = zlib.compress(s)
print(zlib.decompress(t), zlib.crc32(s))
import sys
print(type(sys.argv).__name__)
sys.stderr.write('Warning, log file not found starting a new one\n')
