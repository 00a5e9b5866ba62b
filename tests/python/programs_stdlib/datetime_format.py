from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2009, 7, 4, 5, 6, 7, 8009)
codes = "aAwdbBmyYHIpMSfzZjUWcxX%GuV"
for c in codes:
    print(c, repr(dt.strftime("%" + c)))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f"))
print(dt.strftime("Week %W of %Y, day %j"))
print(dt.strftime("%I:%M %p"), datetime(2020, 1, 1, 0, 5).strftime("%I:%M %p"), datetime(2020, 1, 1, 12, 5).strftime("%I %p"))
print(format(dt, "%d/%m/%y"), f"{dt:%B %d, %Y}", f"{dt.date():%A}")
print(f"{dt}", f"{dt!r}", str(dt.time()), repr(dt.time()))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="seconds"), dt.isoformat(timespec="milliseconds"))
print(dt.isoformat(timespec="minutes"), dt.isoformat(timespec="hours"), dt.isoformat(timespec="microseconds"))
print(datetime(2020, 1, 1).isoformat(), datetime(2020, 1, 1, 0, 0, 0, 500).isoformat())
print(time(1, 2).isoformat(), time(1, 2, 3, 40).isoformat(), time(1, 2, 3, 40).isoformat("milliseconds"))
print(date(5, 1, 1).isoformat(), date(5, 1, 1).strftime("%Y"), repr(date(5, 1, 1)))
tz = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2021, 3, 4, 10, 0, tzinfo=tz)
print(aware, aware.isoformat(), aware.strftime("%z %Z"), repr(tz), str(tz))
print(aware.utcoffset(), aware.tzname(), aware.dst())
print(aware.astimezone(timezone.utc))
print(timezone.utc, repr(timezone.utc), timezone(timedelta(0)), timezone(timedelta(hours=-3), "BRT"))
print(repr(timezone(timedelta(hours=-3), "BRT")), timezone(timedelta(hours=-3)).tzname(None))
print(datetime(2021, 1, 1, tzinfo=timezone(timedelta(seconds=-3600 * 5 - 61))).isoformat())
for s in ["2021-03-04", "2021-03-04T05:06", "2021-03-04 05:06:07.123", "2021-03-04T05:06:07+02:00",
          "2021-03-04T05:06:07.123456-08:30", "2021-03-04T05:06:07Z", "20210304"]:
    try:
        print(s, "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "->", type(e).__name__, e)
print(repr(date.fromisoformat("2022-12-25")), repr(time.fromisoformat("12:34:56.789")))
try:
    date.fromisoformat("2022/12/25")
except ValueError as e:
    print(type(e).__name__, e)
print(repr(datetime.strptime("2023-06-15 14:30", "%Y-%m-%d %H:%M")))
print(repr(datetime.strptime("15 June 23 2:30PM", "%d %B %y %I:%M%p")))
print(repr(datetime.strptime("Thu, 01 Feb 2018", "%a, %d %b %Y")))
print(repr(datetime.strptime("2018-032", "%Y-%j")))
print(repr(datetime.strptime("+0130 2020", "%z %Y")))
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    datetime.strptime("2023-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
print(dt.replace(year=2010, microsecond=0), dt.replace(tzinfo=timezone.utc))
print(dt.date(), dt.time(), dt.timetz(), datetime.combine(date(2000, 1, 1), time(8, 30)))
print(dt.timetuple())
print(dt.ctime(), date(2002, 12, 4).ctime())
print(aware.timestamp(), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(86400 * 365, tz=timezone.utc))
print(repr(datetime.utcfromtimestamp(1e9)))
