def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31

def day_of_week(y, m, d):
    # Zeller-like (Sakamoto's method), 0 = Sunday
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7

names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
for date in [(2000, 1, 1), (2024, 2, 29), (1969, 7, 20), (2023, 12, 25)]:
    print(date, names[day_of_week(*date)])
print([y for y in range(1896, 1920) if is_leap(y)])
print(sum(days_in_month(2024, m) for m in range(1, 13)), sum(days_in_month(2023, m) for m in range(1, 13)))
y, m = 2024, 3
print(f"     {y}-{m:02d}")
print(" ".join(n[:2] for n in names))
start = day_of_week(y, m, 1)
cells = ["  "] * start + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
for i in range(0, len(cells), 7):
    print(" ".join(cells[i:i + 7]))
