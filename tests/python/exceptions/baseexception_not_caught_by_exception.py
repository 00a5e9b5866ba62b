import sys
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise GeneratorExit
except Exception:
    print("no")
except GeneratorExit:
    print("GeneratorExit is a BaseException")
