from datetime import datetime

stamps = ["2024-01-15 08:30", "2024-02-29 12:00", "2024-13-01 00:00"]
for s in stamps:
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    print(dt.isoformat(), dt.strftime("%j"), dt.weekday())
