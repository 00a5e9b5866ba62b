# An exception raised in a ProcessPoolExecutor worker is re-raised by result() and by map().
from concurrent.futures import ProcessPoolExecutor

class ValidationError(Exception):
    pass

def validate(record):
    if "@" not in record:
        raise ValidationError(f"bad email: {record!r}")
    return record.lower()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(validate, "nobody")
        try:
            f.result()
        except ValidationError as e:
            print("caught", type(e).__name__, e, e.args)
        out = []
        try:
            for r in ex.map(validate, ["A@X.ORG", "b@y.org", "oops", "c@z.org"]):
                out.append(r)
        except ValidationError as e:
            print("map stopped at:", e, "after", out)
        print(type(f.exception()).__name__)
