import sys
print("before exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", e.code)
print("after")
sys.exit(0)
print("never")
