# os.environ get/set/delete and os.getenv/putenv behaviour.
import os

os.environ["WEFT_DEMO_VAR"] = "hello"
print(os.environ["WEFT_DEMO_VAR"], os.getenv("WEFT_DEMO_VAR"), "WEFT_DEMO_VAR" in os.environ)
print(os.environ.get("WEFT_DEMO_MISSING"), os.getenv("WEFT_DEMO_MISSING", "default"))
os.environ.setdefault("WEFT_DEMO_VAR", "ignored")
os.environ.setdefault("WEFT_DEMO_OTHER", "set by setdefault")
print(os.environ["WEFT_DEMO_VAR"], os.environ["WEFT_DEMO_OTHER"])
try:
    os.environ["WEFT_DEMO_NUM"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(os.environ["WEFT_DEMO_MISSING"])
except KeyError as e:
    print(type(e).__name__, e)
os.environ.update(WEFT_DEMO_A="1", WEFT_DEMO_B="2")
demo = sorted((k, v) for k, v in os.environ.items() if k.startswith("WEFT_DEMO_"))
print(demo)
del os.environ["WEFT_DEMO_A"]
print(os.environ.pop("WEFT_DEMO_B"), os.environ.pop("WEFT_DEMO_B", "gone"))
print("WEFT_DEMO_A" in os.environ, os.getenv("WEFT_DEMO_A"))
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
os.environ["WEFT_DEMO_PATH"] = os.pathsep.join(["/opt/bin", "/usr/bin"])
print(os.environ["WEFT_DEMO_PATH"].split(os.pathsep))
print(os.path.expandvars("value=$WEFT_DEMO_VAR and ${WEFT_DEMO_OTHER}; $UNSET_WEFT_X"))
try:
    del os.environ["WEFT_DEMO_NEVER"]
except KeyError as e:
    print(type(e).__name__, e)
for k in [k for k in os.environ if k.startswith("WEFT_DEMO_")]:
    del os.environ[k]
print([k for k in os.environ if k.startswith("WEFT_DEMO_")])
print(os.environ.get("WEFT_DEMO_VAR", "cleared"))
