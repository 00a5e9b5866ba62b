COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome"}

def score_password(pw):
    issues = []
    score = 0
    if len(pw) >= 12:
        score += 2
    elif len(pw) >= 8:
        score += 1
    else:
        issues.append("too short")
    classes = [any(c.islower() for c in pw), any(c.isupper() for c in pw),
               any(c.isdigit() for c in pw), any(not c.isalnum() for c in pw)]
    score += sum(classes)
    names = ["lowercase", "uppercase", "digit", "symbol"]
    missing = [n for n, ok in zip(names, classes) if not ok]
    if missing:
        issues.append("no " + "/".join(missing))
    if pw.lower() in COMMON:
        score = 0
        issues.append("common password")
    runs = 1
    for a, b in zip(pw, pw[1:]):
        runs = runs + 1 if a == b else 1
        if runs >= 3:
            score -= 1
            issues.append(f"repeated {a!r}")
            break
    seq = "abcdefghijklmnopqrstuvwxyz0123456789"
    for i in range(len(pw) - 2):
        if pw[i:i + 3].lower() in seq:
            score -= 1
            issues.append(f"sequence {pw[i:i + 3]!r}")
            break
    score = max(score, 0)
    label = ["very weak", "weak", "weak", "fair", "good", "strong", "very strong"][min(score, 6)]
    return score, label, issues

for pw in ["abc", "password", "Passw0rd", "correct horse", "Tr0ub4dor&3", "aaaBBB111!!!",
           "xyz123ABC!", "N0t-So-Obvious-2024", ""]:
    score, label, issues = score_password(pw)
    print(f"{pw!r:22} {score} {label:<11} {'; '.join(issues)}")
