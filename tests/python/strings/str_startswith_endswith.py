fn = "report_2024.csv"
print(fn.startswith("report"), fn.endswith(".csv"), fn.endswith((".txt", ".csv")), fn.startswith("2024", 7))
print(fn.startswith(""), fn.endswith("csv", 0, 5), fn.startswith(("a", "b")))
try:
    fn.startswith(["report"])
except TypeError as e:
    print(e)
