# MIMEImage and MIMEAudio guess their subtype from the data.
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
import struct

png = b'\x89PNG\r\n\x1a\n' + b'\x00' * 16
gif = b'GIF89a' + b'\x01\x00' * 8
jpg = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00' + b'\x00' * 8
for data in (png, gif, jpg):
    img = MIMEImage(data)
    print(img.get_content_type(), img['Content-Transfer-Encoding'], img.get_payload().strip())
try:
    MIMEImage(b'not an image')
except TypeError as e:
    print('TypeError:', e)
print(MIMEImage(b'raw', 'x-custom', name='pic.raw')['Content-Type'])
wav = b'RIFF' + struct.pack('<L', 36) + b'WAVEfmt ' + b'\x00' * 20
au = b'.snd' + b'\x00' * 20
for data in (wav, au):
    snd = MIMEAudio(data)
    print(snd.get_content_type(), len(snd.get_payload(decode=True)))
try:
    MIMEAudio(b'unknown')
except TypeError as e:
    print('TypeError:', e)
