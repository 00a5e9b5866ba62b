import io, shutil
src = io.BytesIO(b'abc' * 1000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()), dst.getvalue()[:6])
s = io.StringIO('text data')
t = io.StringIO()
shutil.copyfileobj(s, t, 4)
print(t.getvalue())
