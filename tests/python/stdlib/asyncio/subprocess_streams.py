# asyncio.subprocess: create_subprocess_shell/exec, communicate, streaming stdout lines, stdin writes, exit codes and signals; StreamReader on its own.
import asyncio
import sys

async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f'[{cmd!r} exited with {proc.returncode}]')
    if stdout:
        print(f'[stdout]\n{stdout.decode()}')
    if stderr:
        print(f'[stderr]\n{stderr.decode()}')

async def main():
    await run('ls /zzz')
    await run('echo hello; echo oops >&2; exit 4')
    await asyncio.gather(run('sleep 0.2; echo one'), run('echo two'))
    proc = await asyncio.create_subprocess_exec(
        sys.executable if False else 'sh', '-c', 'for i in 1 2 3; do echo "line $i"; done',
        stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        print("got", line)
    print(await proc.wait(), proc.returncode)
    proc = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"fed through stdin\n")
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    proc.stdin.write(b"a\nb\n")
    await proc.stdin.drain()
    print(await proc.stdout.readline())
    proc.stdin.close()
    print(await proc.stdout.read(), await proc.wait())
    proc = await asyncio.create_subprocess_exec('sleep', '10')
    proc.terminate()
    print(await proc.wait())
    try:
        proc.kill()
    except ProcessLookupError as e:
        print("ProcessLookupError", repr(e))
    proc = await asyncio.create_subprocess_shell('echo merged; echo err >&2', stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    print(await proc.communicate())
    proc = await asyncio.create_subprocess_exec('printf', 'abc:def:ghi', stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.readuntil(b":"), await proc.stdout.readexactly(3))
    try:
        await proc.stdout.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e, e.partial, e.expected)
    print(proc.stdout.at_eof(), await proc.stdout.read(), await proc.wait())
    for kw in [dict(text=True), dict(bufsize=1), dict(universal_newlines=True), dict(shell=True), dict(encoding="utf-8")]:
        try:
            await asyncio.create_subprocess_exec('true', **kw)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await asyncio.create_subprocess_shell(['echo'])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.create_subprocess_shell('true', shell=False)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.create_subprocess_exec('/nonexistent/program')
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    print(repr(asyncio.subprocess.PIPE), asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)
    r = asyncio.StreamReader()
    r.feed_data(b"x\ny")
    r.feed_eof()
    print(r, await r.readline(), await r.readline(), await r.readline(), r.at_eof())
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)
    r2 = asyncio.StreamReader(limit=4)
    r2.feed_data(b"toolongline\nok\n")
    r2.feed_eof()
    try:
        await r2.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await r2.readline())

asyncio.run(main())
