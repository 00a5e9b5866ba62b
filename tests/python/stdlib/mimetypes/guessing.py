# guess_type, guess_extension and guess_all_extensions from the built-in tables.
import mimetypes

for url in ["a.txt", "a.TXT", "page.html", "a.tar.gz", "a.tgz", "a.svgz", "x.GZ", "a.Z", "a.tar.Z", "photo.jpeg",
            "doc.pdf", "data.json", "style.css", "app.js", "a.py", "noext", ".bashrc", "a.Json", "dir/file.png",
            "http://x/y.json?q=1", "http://example.com/img.gif", "data:text/html;charset=utf8,<b>", "data:,x",
            "data:foo=bar,x", "data:nocomma", "a.xul", "a.rtf", "song.mp3", "movie.mp4", "a.wasm", "a.bz2",
            "a.tar.xz", "font.woff2", "a.csv", "a.xml", "a.zip"]:
    print(url, mimetypes.guess_type(url), mimetypes.guess_type(url, strict=False))
for t in ["text/plain", "text/html", "TEXT/HTML", "image/jpeg", "application/json", "application/x-nope", "audio/mpeg"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False),
          mimetypes.guess_all_extensions(t)[:4], mimetypes.guess_all_extensions(t, strict=False)[:4])
print(mimetypes.inited, mimetypes.encodings_map[".gz"], mimetypes.suffix_map[".tgz"], ".html" in mimetypes.types_map)
