# add_type, MimeTypes instances, readfp/read of mime.types files and read_mime_types.
import io
import mimetypes
import os
import tempfile

mimetypes.add_type("application/x-weft", ".weft")
mimetypes.add_type("text/x-loose", ".loose", strict=False)
print(mimetypes.guess_type("f.weft"), mimetypes.guess_type("f.loose"), mimetypes.guess_type("f.loose", strict=False))
print(mimetypes.guess_extension("application/x-weft"), mimetypes.guess_all_extensions("text/x-loose", strict=False))

db = mimetypes.MimeTypes()
db.readfp(io.StringIO("# comment\napplication/x-own own ow  # trailing\n\ntext/x-two two\n"))
print(db.guess_type("a.own"), db.guess_type("a.ow"), db.guess_extension("application/x-own"), db.guess_type("a.two"))
print(mimetypes.guess_type("a.own"))
path = os.path.join(tempfile.mkdtemp(), "my.types")
with open(path, "w") as f:
    f.write("image/x-thing thing thg\n")
print(mimetypes.read_mime_types(path), mimetypes.read_mime_types(path + ".missing"))
db2 = mimetypes.MimeTypes([path])
print(db2.guess_type("x.thg"), db2.types_map[True][".thing"], db2.types_map_inv[True]["image/x-thing"])
db3 = mimetypes.MimeTypes()
db3.read(path, strict=False)
print(db3.guess_type("x.thing"), db3.guess_type("x.thing", strict=False))
mimetypes.init([path])
print(mimetypes.guess_type("x.thing"), mimetypes.types_map[".thing"])
