# Notes printed after an uncaught exception: the last note is the last stderr line.
def check(age):
    if age < 0:
        err = ValueError(f"age must be >= 0, got {age}")
        err.add_note("ages come from the signup form")
        err.add_note("see validate_user() for the rules")
        raise err
    return age


print(check(3))
check(-1)
