import bisect
l = [1, 2, 2, 4]; print(bisect.bisect(l, 2), bisect.bisect_left(l, 2), bisect.bisect_left([(1,'a'),(3,'b')], 2, key=lambda t: t[0]))
bisect.insort(l, 3); print(l)
bisect.insort_left(l, 2); print(l, bisect.bisect_right(l, 2, 0, 3))
recs = [(1, 'a'), (5, 'b')]; bisect.insort(recs, (3, 'c'), key=lambda r: r[0]); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
