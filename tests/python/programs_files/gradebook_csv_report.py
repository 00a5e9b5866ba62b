# A gradebook: read students and scores from CSV files, compute statistics, write a report and a JSON summary.
import csv
import json
import os
import statistics
import tempfile

STUDENTS = "id,name,group\n1,Alice Smith,A\n2,Bob Jones,B\n3,Chloé Martin,A\n4,Dmitri Ivanov,B\n5,Eve,A\n"
SCORES = "id,subject,score\n1,math,91\n1,physics,84\n2,math,58\n2,physics,72\n3,math,77\n3,physics,95\n4,math,66\n5,math,100\n5,physics,\n"

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

with tempfile.TemporaryDirectory() as tmp:
    for name, text in (("students.csv", STUDENTS), ("scores.csv", SCORES)):
        with open(os.path.join(tmp, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(tmp, "students.csv"), encoding="utf-8", newline="") as f:
        students = {int(r["id"]): r for r in csv.DictReader(f)}
    scores = {}
    skipped = []
    with open(os.path.join(tmp, "scores.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["score"]:
                skipped.append((row["id"], row["subject"]))
                continue
            scores.setdefault(int(row["id"]), {})[row["subject"]] = int(row["score"])
    print("skipped:", skipped)

    report = os.path.join(tmp, "report.txt")
    summary = {}
    with open(report, "w", encoding="utf-8") as out:
        out.write(f"{'Name':<16}{'Grp':^5}{'Math':>6}{'Phys':>6}{'Avg':>8} Grade\n")
        out.write("-" * 48 + "\n")
        for sid in sorted(students):
            s = students[sid]
            marks = scores.get(sid, {})
            avg = statistics.mean(marks.values()) if marks else 0.0
            summary[s["name"]] = {"avg": round(avg, 2), "grade": letter(avg), "group": s["group"]}
            cells = "".join(f"{marks[k]:>6}" if k in marks else f"{'-':>6}" for k in ("math", "physics"))
            out.write(f"{s['name']:<16}{s['group']:^5}{cells}{avg:>8.2f} {letter(avg)}\n")
    with open(report, encoding="utf-8") as f:
        print(f.read(), end="")

    by_group = {}
    for info in summary.values():
        by_group.setdefault(info["group"], []).append(info["avg"])
    for g, avgs in sorted(by_group.items()):
        print(g, len(avgs), f"{statistics.mean(avgs):.3f}", f"{statistics.pstdev(avgs):.3f}")
    with open(os.path.join(tmp, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(tmp, "summary.json"), encoding="utf-8") as f:
        print(f.read())
    print(os.path.getsize(report), sorted(os.listdir(tmp)))
