from datetime import timedelta
td = timedelta(days=1, hours=1)
print(td * 2, td * 0.5, 3 * td, td / 2, td / td, td / 0.3, td // timedelta(hours=1), td // 7)
print(td % timedelta(hours=7), divmod(td, timedelta(hours=7)), -td, abs(-td), +td)
print(td + timedelta(minutes=5), td - timedelta(days=2), td == timedelta(seconds=90000), td > timedelta(1), td <= td)
print(bool(timedelta()), bool(td), hash(td) == hash(timedelta(seconds=90000)))
print(sorted([timedelta(3), timedelta(-1), timedelta(hours=5)]))
print(sum([timedelta(hours=8)] * 4, timedelta()))
try:
    td + 1
except TypeError as e:
    print('TypeError', str(e).replace('datetime.', ''))
