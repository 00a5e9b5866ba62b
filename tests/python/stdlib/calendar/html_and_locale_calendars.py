import calendar
from calendar import *
import calendar
print(sorted(n for n in dir() if n[0].isupper()))
lc = calendar.LocaleTextCalendar(0, "C")
print(lc.formatmonth(2024, 1))
h = calendar.LocaleHTMLCalendar(locale="C")
print(h.formatweekday(0), h.formatmonthname(2024, 5))
try:
    calendar.LocaleTextCalendar(locale="xx_YY").formatmonth(2024, 1)
except Exception as e:
    print(type(e).__name__, e)
print(calendar.LocaleTextCalendar().locale, calendar.January, calendar.February)
class Styled(calendar.HTMLCalendar):
    cssclass_month = "cal"
    cssclasses = ["wd"] * 5 + ["we"] * 2
    cssclass_noday = "empty"
print(Styled().formatmonth(2024, 6, withyear=False))
page = calendar.HTMLCalendar().formatyearpage(2024, width=6, css=None, encoding="ascii")
print(type(page).__name__, page.decode().splitlines()[:7], len(page))
print(calendar.HTMLCalendar(6).formatyear(2024, 0)[:200])
