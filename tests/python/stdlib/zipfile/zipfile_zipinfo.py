# ZipInfo: defaults, repr, timestamps, directories, from_file
import os
import tempfile
import zipfile

zi = zipfile.ZipInfo('name.txt')
print(zi, zi.date_time, zi.compress_type, zi.create_system, zi.create_version, zi.extract_version)
print(zi.flag_bits, zi.external_attr, zi.comment, zi.extra, zi.file_size, hasattr(zi, 'CRC'), zi.is_dir())
print(zipfile.ZipInfo())
zi.external_attr = 0o644 << 16
zi.file_size = 10
zi.compress_size = 4
zi.compress_type = zipfile.ZIP_DEFLATED
print(zi)
d = zipfile.ZipInfo('dir/')
d.external_attr = (0o40755 << 16) | 0x10
print(d, d.is_dir())
x = zipfile.ZipInfo('x')
x.external_attr = 0o104755 << 16 | 0x1
print(x)
try:
    zipfile.ZipInfo('old', (1979, 12, 31, 0, 0, 0))
except ValueError as e:
    print(e)
print(zipfile.ZipInfo('nul\0byte').filename)
with tempfile.TemporaryDirectory() as t:
    path = os.path.join(t, 'file.txt')
    with open(path, 'w') as f:
        f.write('12345')
    os.chmod(path, 0o640)
    info = zipfile.ZipInfo.from_file(path, 'inside/file.txt')
    print(info.filename, info.file_size, oct(info.external_attr >> 16), len(info.date_time))
    dinfo = zipfile.ZipInfo.from_file(t, 'folder')
    print(dinfo.filename, dinfo.is_dir(), dinfo.external_attr & 0x10)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
