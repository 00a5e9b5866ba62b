from datetime import datetime, date, time, timedelta
dtm = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(dtm, repr(dtm), repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5, 6, 7)))
print(dtm + timedelta(microseconds=1), dtm - datetime(2023, 1, 1), dtm - timedelta(days=365))
print(dtm.date(), dtm.time(), dtm.isoformat(), dtm.isoformat(' ', 'seconds'), dtm.isoformat(timespec='minutes'))
print(datetime.combine(date(2020, 1, 1), time(5, 6)), dtm.replace(year=2000), dtm.weekday(), dtm.isocalendar())
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), date(2020, 1, 1) == datetime(2020, 1, 1), datetime.min, datetime.max)
print(datetime(2020, 1, 1) + timedelta(days=366) == datetime(2021, 1, 1), datetime(2020, 2, 28, 12) + timedelta(hours=24))
print(dtm.timetuple(), dtm.toordinal(), datetime.fromordinal(1))
try:
    datetime(2020, 1, 1) < date(2020, 1, 1)
except TypeError as e:
    print('TypeError', e)
