"""calendar: calendar arithmetic and text calendars (weft's own implementation).

The module-level functions use one shared TextCalendar; setfirstweekday() changes it for every
thread (as in CPython), an int assignment that cannot be torn.
"""
import datetime
import sys
from _weft_datetime_util import _is_leap, _days_in_month

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday', 'isleap',
           'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr', 'Calendar', 'TextCalendar',
           'HTMLCalendar', 'LocaleTextCalendar', 'LocaleHTMLCalendar', 'weekheader', 'MONDAY', 'TUESDAY',
           'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday


JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER = range(1, 13)
January = 1
February = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_MONTHS = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December')
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')


class _Names:
    """A read-only sequence of names (month_name, day_abbr, ...)."""

    def __init__(self, names):
        # a list, as CPython's: a bad index says "list index out of range"
        self._names = list(names)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self._names[i])
        return self._names[i]

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)


class _localized_day(_Names):
    pass


class _localized_month(_Names):
    pass


day_name = _localized_day(_DAYS)
day_abbr = _localized_day(d[:3] for d in _DAYS)
month_name = _localized_month(_MONTHS)
month_abbr = _localized_month(m[:3] for m in _MONTHS)


def isleap(year):
    return _is_leap(year)


def leapdays(y1, y2):
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in_month(year, month)


def _monthlen(year, month):
    return _days_in_month(year, month)


class Calendar:
    """Calendar computations; weeks start on firstweekday (0 = Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self.firstweekday) % 7
        yield from [0] * days_before
        yield from range(1, ndays + 1)
        days_after = (self.firstweekday - day1 - ndays) % 7
        yield from [0] * days_after

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self.firstweekday) % 7
        days_after = (self.firstweekday - day1 - ndays) % 7
        y, m = (year, month - 1) if month > 1 else (year - 1, 12)
        end = _monthlen(y, m) + 1
        for d in range(end - days_before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = (year, month + 1) if month < 12 else (year + 1, 1)
        for d in range(1, days_after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def _weeks(self, items):
        items = list(items)
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    def _rows(self, fn, year, width):
        months = [fn(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._rows(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Plain-text calendars, laid out as CPython's."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        s = '' if day == 0 else '%2i' % day
        return s.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = '%s %r' % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        s = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip()
        s += '\n' * l
        s += self.formatweekheader(w).rstrip()
        s += '\n' * l
        for week in self.monthdays2calendar(theyear, themonth):
            s += self.formatweek(week, w).rstrip()
            s += '\n' * l
        return s

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        v = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), '\n' * l]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            v.append('\n' * l)
            v.append(_formatstring([self.formatmonthname(theyear, k, colwidth, False) for k in months],
                                   colwidth, c).rstrip())
            v.append('\n' * l)
            v.append(_formatstring([header for k in months], colwidth, c).rstrip())
            v.append('\n' * l)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                v.append(_formatstring(weeks, colwidth, c).rstrip())
                v.append('\n' * l)
        return ''.join(v)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables; the CSS class names are class attributes, to restyle them."""
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd) for (d, wd) in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        s = '%s %s' % (month_name[themonth], theyear) if withyear else '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        v = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month, '\n',
             self.formatmonthname(theyear, themonth, withyear=withyear), '\n', self.formatweekheader(), '\n']
        for week in self.monthdays2calendar(theyear, themonth):
            v.append(self.formatweek(week))
            v.append('\n')
        v.append('</table>')
        v.append('\n')
        return ''.join(v)

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, `width` months to a row."""
        width = max(width, 1)
        v = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year, '\n',
             '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(January, January + 12, width):
            v.append('<tr>')
            for m in range(first, min(first + width, 13)):
                v.append('<td>')
                v.append(self.formatmonth(theyear, m, withyear=False))
                v.append('</td>')
            v.append('</tr>')
        v.append('</table>')
        return ''.join(v)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page for a year, as bytes in `encoding`."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        v = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
             '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
             '<html>\n', '<head>\n',
             '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            v.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        v.append('<title>Calendar for %d</title>\n' % theyear)
        v.extend(['</head>\n', '<body>\n', self.formatyear(theyear, width), '</body>\n', '</html>\n'])
        return ''.join(v).encode(encoding, 'xmlcharrefreplace')


class different_locale:
    """Runs its block with LC_TIME set to `locale` (locale.Error when it is not available)."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        import locale as _locale
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        import locale as _locale
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _default_locale():
    import locale as _locale
    name = _locale.setlocale(_locale.LC_TIME, None)
    return name if name != 'C' else 'C.UTF-8'


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose month and weekday names come from `locale`. Names are English:
    only the C and English locales are available here, others raise locale.Error."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _default_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose month and weekday names come from `locale` (see LocaleTextCalendar)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _default_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


def _formatstring(cols, colwidth=20, spacing=6):
    return (' ' * spacing).join(c.center(colwidth) for c in cols)


c = TextCalendar()
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def format(cols, colwidth=20, spacing=6):
    print(_formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=20, spacing=6):
    return _formatstring(cols, colwidth, spacing)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    hours = days * 24 + hour
    minutes = hours * 60 + minute
    return minutes * 60 + second


def main(args=None):
    """The command line (python -m calendar [options] [year [month]]): a year's or a month's
    calendar as text (default: this year), or a year's as an HTML page. Options and output are
    CPython's; args is a whole argv, program name first, as CPython 3.11's main takes it."""
    import argparse
    parser = argparse.ArgumentParser()
    textgroup = parser.add_argument_group('text only arguments')
    htmlgroup = parser.add_argument_group('html only arguments')
    textgroup.add_argument("-w", "--width", type=int, default=2, help="width of a date column (default 2)")
    textgroup.add_argument("-l", "--lines", type=int, default=1, help="lines per week (default 1)")
    textgroup.add_argument("-s", "--spacing", type=int, default=6, help="spaces between months (default 6)")
    textgroup.add_argument("-m", "--months", type=int, default=3, help="months in a row (default 3)")
    htmlgroup.add_argument("-c", "--css", default="calendar.css", help="the style sheet the page links to")
    parser.add_argument("-L", "--locale", default=None, help="the locale that names months and weekdays")
    parser.add_argument("-e", "--encoding", default=None, help="the encoding of the output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"), help="text or html output")
    parser.add_argument("year", nargs='?', type=int, help="the year (1-9999)")
    parser.add_argument("month", nargs='?', type=int, help="the month (1-12; text only)")
    options = parser.parse_args((sys.argv if args is None else args)[1:])
    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
    locale = options.locale, options.encoding
    year = options.year if options.year is not None else datetime.date.today().year
    if options.type == "html":
        cal = LocaleHTMLCalendar(locale=locale) if options.locale else HTMLCalendar()
        if options.month is not None:
            parser.error("incorrect number of arguments")
        encoding = options.encoding or sys.getdefaultencoding()
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=options.css))
        return
    cal = LocaleTextCalendar(locale=locale) if options.locale else TextCalendar()
    optdict = dict(w=options.width, l=options.lines)
    if options.month is None:
        result = cal.formatyear(year, c=options.spacing, m=options.months, **optdict)
    else:
        result = cal.formatmonth(year, options.month, **optdict)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
