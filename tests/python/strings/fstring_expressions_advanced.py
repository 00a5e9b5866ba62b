items = {"apple": 3, "kiwi": 12}
print(f"{len(items)} items: {', '.join(f'{k}={v}' for k, v in items.items())}")
x = 7
print(f"{x if x > 5 else -x}", f"{(lambda v: v * 2)(x)}", f"{x:{'>' if x else '<'}5}", f"{x!r:>{x}}")
print(f"{'{'}braces{'}'}", f"{{{x}}}", f"{x:,}" f" and {x:03}")
w = 3.14159
print(f"{w:.{x - 4}f}", f"{w=:.2f}", f"{x*2=}", f"{ x + 1 = }")
print(f"""multi
line {x}""")
print(f"{'nested ' + f'{x:>3}'}")
