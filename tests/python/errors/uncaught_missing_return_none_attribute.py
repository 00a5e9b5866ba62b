def build():
    result = {"ok": True}
result = build()
print(result)
print(result.get("ok"))
