class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(part) for part in text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}/{self.month:02d}/{self.year}"

d = Date.from_string("2024-2-9")
e = EuroDate.from_string("1999-12-31")
print(d, e, type(e).__name__)
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
print(d.is_leap(d.year))
