# python -m calendar's output (calendar.main): a month, a year, the text options, HTML, the errors.
import calendar
import io
import sys


def run(*args):
    print("$ python -m calendar", " ".join(args))
    try:
        calendar.main(["calendar.py", *args])
    except SystemExit as e:
        print("exit", e.code)
    print("|")


run("2024", "2")
run("-w", "3", "-l", "2", "2023", "12")
run("-m", "4", "-s", "2", "2020")
run("1999")
run("-e", "utf-8", "2024", "1")
sys.stderr = sys.stdout  # argparse's usage errors, to compare them too
run("-t", "html", "2024", "2")
run("-L", "C", "2024")
run("2024", "x")
