MAX_RETRIES = 3
DEBUG = False
_cache = {}

def fetch(key, fail_times):
    attempts = 0
    while attempts < MAX_RETRIES:
        attempts += 1
        if attempts > fail_times:
            _cache[key] = f"value-of-{key}"
            return _cache[key], attempts
        if DEBUG:
            print("retrying", key)
    return None, attempts

print(fetch("a", 0), fetch("b", 2), fetch("c", 5))
print(sorted(_cache))

def enable_debug():
    global DEBUG
    DEBUG = True
enable_debug()
print(fetch("d", 1))
print("MAX_RETRIES" in globals(), globals()["DEBUG"])
