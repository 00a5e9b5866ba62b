from concurrent.futures import ThreadPoolExecutor

def parse_record(line):
    name, age = line.split(",")
    return name.strip(), int(age)

lines = ["ann, 31", "bob, 27", "cy, thirty"]
with ThreadPoolExecutor(2) as ex:
    futures = [ex.submit(parse_record, l) for l in lines]
    for f in futures[:2]:
        print(f.result())
    print("about to read the bad one")
    print(futures[2].result())
