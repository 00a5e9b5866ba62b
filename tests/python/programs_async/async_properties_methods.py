# Async methods on classes: awaitable factory, async __aenter__ on a class, __await__ objects.
import asyncio


class Database:
    _instances = 0

    def __init__(self, dsn):
        self.dsn = dsn
        self.connected = False
        self.queries = []

    @classmethod
    async def connect(cls, dsn):
        db = cls(dsn)
        await asyncio.sleep(0)
        db.connected = True
        cls._instances += 1
        return db

    async def query(self, sql, *params):
        if not self.connected:
            raise ConnectionError("not connected")
        await asyncio.sleep(0)
        self.queries.append(sql % params if params else sql)
        return len(self.queries)

    async def close(self):
        self.connected = False

    def __await__(self):
        # awaiting the object itself waits for pending work and returns a summary
        yield from asyncio.sleep(0).__await__()
        return f"{self.dsn}: {len(self.queries)} queries"

    def __repr__(self):
        state = "open" if self.connected else "closed"
        return f"<Database {self.dsn} {state}>"


async def main():
    db = await Database.connect("sqlite://memory")
    print(db, Database._instances)
    print(await db.query("SELECT 1"))
    print(await db.query("SELECT * FROM t WHERE id = %d", 42))
    print(await db.query("INSERT INTO t VALUES ('%s', %.2f)", "x", 1.5))
    print(db.queries)
    print(await db)
    await db.close()
    print(db)
    try:
        await db.query("SELECT 2")
    except ConnectionError as e:
        print(type(e).__name__, e, isinstance(e, OSError))
    bound = db.query
    print(bound.__name__, bound.__qualname__, asyncio.iscoroutinefunction(bound))


asyncio.run(main())
