print("simulating")
raise SystemExit("fatal: configuration missing")
