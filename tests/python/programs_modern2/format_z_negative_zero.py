# The 'z' format option (3.11) turns negative zero into zero after rounding.
values = [-0.0, -0.0001, 0.0, -1.5, -0.4]
print([f"{v:.0f}" for v in values])
print([f"{v:z.0f}" for v in values])
print(f"{-0.0:z}", f"{-1e-9:z.3e}", f"{-0.001:z.1%}", f"{-0.0:+z.2f}", f"{-0.0:z>8.1f}|")
from decimal import Decimal
print(f"{Decimal('-0.0001'):z.2f}", f"{Decimal('-0.0001'):.2f}")
print("%.1f" % -0.01, format(complex(-0.0, -0.0), "z.1f"))
try:
    f"{-5:zd}"
except ValueError as e:
    print("ValueError:", e)
