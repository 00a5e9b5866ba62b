# Running shell commands concurrently with asyncio.subprocess (the asyncio docs' example, extended).
import asyncio


async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    return cmd, proc.returncode, stdout.decode(), stderr.decode()


async def count_lines(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    n = 0
    async for line in proc.stdout:
        n += 1
        if n <= 2:
            print("   first lines:", line.decode().rstrip())
    await proc.wait()
    return n


async def main():
    commands = ["echo hello world", "printf 'a\\nb\\nc\\n' | sort -r", "exit 3", "echo to stderr >&2",
                "seq 1 5 | paste -sd+ | bc"]
    results = await asyncio.gather(*(run(c) for c in commands))
    for cmd, code, out, err in results:
        print(f"[{cmd!r} exited with {code}]")
        if out:
            print(f"  stdout: {out.strip()!r}")
        if err:
            print(f"  stderr: {err.strip()!r}")
    print("lines:", await count_lines("seq 1 10"))
    proc = await asyncio.create_subprocess_exec("tr", "a-z", "A-Z",
                                                stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(b"shout this\n")
    print(out.decode().strip(), proc.returncode)
    proc = await asyncio.create_subprocess_exec("sleep", "30")
    proc.kill()
    print("killed:", await proc.wait())
    print(repr(proc).startswith("<Process "))


asyncio.run(main())
