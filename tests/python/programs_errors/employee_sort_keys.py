# Sorting employee records by various keys; missing fields and mixed types break comparisons.
employees = [
    {"name": "Ann", "dept": "ops", "salary": 5200, "start": (2019, 4)},
    {"name": "Bob", "dept": "dev", "salary": 6100, "start": (2020, 1)},
    {"name": "Cy", "dept": "dev", "salary": None, "start": (2018, 11)},
    {"name": "Di", "dept": "ops", "salary": "5900", "start": (2021, 2)},
    {"name": "Ed", "salary": 4800, "start": (2022, "6")},
]

def attempt(title, fn):
    try:
        print(title, "->", fn())
    except (TypeError, KeyError, ValueError, IndexError) as e:
        print(title, "->", type(e).__name__ + ":", e)

attempt("by name", lambda: [e["name"] for e in sorted(employees, key=lambda e: e["name"])])
attempt("by dept", lambda: [e["name"] for e in sorted(employees, key=lambda e: e["dept"])])
attempt("by dept (get)", lambda: [e["name"] for e in sorted(employees, key=lambda e: e.get("dept", ""))])
attempt("by salary", lambda: [e["name"] for e in sorted(employees, key=lambda e: e["salary"])])
attempt("by start", lambda: [e["name"] for e in sorted(employees, key=lambda e: e["start"])])
attempt("max salary", lambda: max(employees, key=lambda e: e["salary"] or 0)["name"])
attempt("sum salary", lambda: sum(e["salary"] for e in employees))
attempt("sort dicts", lambda: sorted(employees))
attempt("min of empty", lambda: min(e for e in employees if e.get("dept") == "hr"))
attempt("key arity", lambda: sorted(employees, key=lambda a, b: 0))
attempt("key not callable", lambda: sorted(employees, key="name"))
attempt("reverse str", lambda: sorted([3, 1], reverse="yes"))
attempt("cmp kw", lambda: sorted([3, 1], cmp=lambda a, b: a - b))
attempt("list.sort positional", lambda: [3, 1].sort(None))
attempt("index of start", lambda: employees[0]["start"][2])
attempt("clean salaries", lambda: sorted(int(e["salary"]) for e in employees if e["salary"] is not None))

import functools
def compare(a, b):
    return (a["salary"] > b["salary"]) - (a["salary"] < b["salary"])
attempt("cmp_to_key", lambda: [e["name"] for e in sorted(employees[:2], key=functools.cmp_to_key(compare))])
attempt("cmp_to_key bad", lambda: sorted(employees, key=functools.cmp_to_key(compare)))
attempt("itemgetter", lambda: sorted(employees, key=__import__("operator").itemgetter("dept")))
import operator
print([e["name"] for e in sorted(employees[:4], key=operator.itemgetter("dept", "name"))])
sorted(employees, key=lambda e: (e["dept"], e["name"]))
