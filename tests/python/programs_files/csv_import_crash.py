# Importing a CSV file with a broken quoted field: strict parsing ends with an uncaught _csv.Error.
import csv
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "import.csv")
with open(path, "w", newline="") as f:
    f.write('id,name,comment\n1,Ann,"fine"\n2,Bob,"unterminated\n')
rows = []
try:
    with open(path, newline="") as f:
        reader = csv.reader(f, strict=True)
        header = next(reader)
        print("header:", header)
        for row in reader:
            rows.append(row)
            print("row", reader.line_num, row)
finally:
    os.remove(path)
    os.rmdir(tmp)
    print("imported", len(rows), "rows before the error")
