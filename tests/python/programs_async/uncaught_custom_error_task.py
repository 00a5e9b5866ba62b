# A custom exception with a multi-line message escapes from a created task awaited in main.
import asyncio


class ValidationError(Exception):
    def __init__(self, field, problems):
        self.field = field
        self.problems = problems
        super().__init__(f"{field}: {', '.join(problems)}")


async def validate(form):
    await asyncio.sleep(0)
    problems = []
    if len(form.get("password", "")) < 8:
        problems.append("too short")
    if not any(c.isdigit() for c in form.get("password", "")):
        problems.append("needs a digit")
    if problems:
        raise ValidationError("password", problems)
    return True


async def main():
    print(await validate({"password": "s3cretpassword"}))
    task = asyncio.create_task(validate({"password": "abc"}))
    await task


asyncio.run(main())
