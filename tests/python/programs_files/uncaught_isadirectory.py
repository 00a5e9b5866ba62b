# Opening a directory as a file: the program ends with IsADirectoryError (message names the path).
import os

os.makedirs("tmp_isadir_demo/inner", exist_ok=True)
print(sorted(os.listdir("tmp_isadir_demo")))
try:
    with open("tmp_isadir_demo") as f:
        f.read()
finally:
    os.rmdir("tmp_isadir_demo/inner")
    os.rmdir("tmp_isadir_demo")
    print("cleaned up")
