import locale
for cat in (locale.LC_TIME, locale.LC_ALL, locale.LC_NUMERIC):
    try:
        print(locale.setlocale(cat, "xx_YY"))
    except locale.Error as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_TIME, None))
import calendar
try:
    calendar.LocaleTextCalendar(locale="xx_YY").formatmonth(2024, 1)
except Exception as e:
    print(type(e).__name__, e)
