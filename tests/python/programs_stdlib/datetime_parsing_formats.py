from datetime import datetime, date, time, timedelta

samples = [("2024-07-04", "%Y-%m-%d"), ("07/04/24", "%m/%d/%y"), ("4 Jul 2024", "%d %b %Y"), ("Thursday, July 04, 2024", "%A, %B %d, %Y"),
           ("2024-07-04T13:05:09", "%Y-%m-%dT%H:%M:%S"), ("1:05 PM", "%I:%M %p"), ("2024-186", "%Y-%j"), ("20240704 130509.250", "%Y%m%d %H%M%S.%f"),
           ("12am", "%I%p"), ("2024-07-04 +0530", "%Y-%m-%d %z"), ("99", "%y"), ("68", "%y"), ("69", "%y")]
for text, fmt in samples:
    dt = datetime.strptime(text, fmt)
    print(f"{text!r:28} {fmt!r:22} -> {dt!r}")
for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("13:00 PM", "%I:%M %p"), ("2024", "%Y-%m"), ("x", "%d"), ("2024-07-04 ", "%Y-%m-%d")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print(type(e).__name__, e)
d = date(2024, 7, 4)
for fmt in ["%d.%m.%Y", "%Y/%m/%d", "%b %-d" if False else "%b %d", "%a %d %b", "week %U/%W", "%C" if False else "%y", "%G-W%V-%u"]:
    print(fmt, "->", d.strftime(fmt))
print(f"{d:%Y}", f"{datetime(2024, 1, 2, 3, 4, 5):%H|%M|%S|%f}", "{:%d/%m}".format(d))
print(time(13, 5).strftime("%I:%M %p"), time(0, 0).strftime("%I %p"), time(23, 59, 59, 999999).isoformat())
print(datetime.strptime("2024-07-04", "%Y-%m-%d").date() == d, date.fromisoformat("2024-07-04") == d)
print(datetime(2024, 7, 4) + timedelta(hours=36), (datetime(2024, 7, 4) - timedelta(days=200)).strftime("%F" if False else "%Y-%m-%d"))
