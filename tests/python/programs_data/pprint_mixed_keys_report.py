import pprint
from collections import defaultdict

responses = [("q1", 5), ("q1", 3), (2, "skipped"), ("q3", 4.5), (2, 1), (10, "late"), ("q1", 4)]
by_question = defaultdict(list)
for q, a in responses:
    by_question[q].append(a)
pprint.pprint(dict(by_question))
pprint.pprint(dict(by_question), width=30)
summary = {q: {"n": len(v), "numeric": [x for x in v if isinstance(x, (int, float))]} for q, v in by_question.items()}
pprint.pprint(summary, sort_dicts=True)
pprint.pp(summary)
codes = {404: "not found", 200.0: "ok (float)", "200": "ok (str)", 301: "moved", None: "unknown"}
pprint.pprint(codes)
print(pprint.pformat(codes, width=25))
print(sorted(k for k in codes if isinstance(k, (int, float))))
sorted(codes)
