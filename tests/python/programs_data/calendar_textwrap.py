import calendar
import textwrap
import string

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=1))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name)[1:4], list(calendar.day_abbr), calendar.month_abbr[12], calendar.day_name[0])
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2025, 1))
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print([d.isoformat() for d in calendar.Calendar(6).itermonthdates(2024, 2)][:3])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.weekheader(3))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
text = ("Python is a high-level, general-purpose programming language. Its design philosophy emphasizes "
        "code readability with the use of significant indentation.")
print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, 30)[:3])
print(textwrap.shorten(text, width=50), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11, placeholder="..."))
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      odd
""")))
w = textwrap.TextWrapper(width=20, break_long_words=False, max_lines=3, placeholder=" [..]")
print(w.wrap("supercalifragilisticexpialidocious is a word that is long " * 2))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 6), textwrap.wrap("   lead   spaces  ", 8), textwrap.wrap(""))
print(textwrap.fill("tab\there and\tthere", 12, tabsize=4))
t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(string.ascii_lowercase, string.digits, string.punctuation, repr(string.whitespace), string.hexdigits)
print(string.capwords("hello   world-wide web"), string.capwords("a_b c", "_"))
fmt = string.Formatter()
print(fmt.format("{0:>5}|{x}", 1, x=2), list(fmt.parse("a{0}b{x:>3}c{{")))
print(t.get_identifiers() if hasattr(t, "get_identifiers") else None, t.is_valid() if hasattr(t, "is_valid") else None)
textwrap.wrap("x", width=0)
