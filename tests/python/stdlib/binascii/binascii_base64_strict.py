import binascii
cases = [b"YWJj", b"YWJjZA==", b"YWJjZA=", b"YWJjZA", b"YWJjZ", b"=YWJj", b"YW=Jj", b"YWJjZA==YWJj", b"YWJj====", b"Y W J j", b"YWJjZA==\n", b"YQ==YQ==", b"YWJ$", b"a", b"abcde", b"", b"====", b"YQ=a=", b"YWJjZGVmZ", b"YWJjZGVmZ==="]
for c in cases:
    for strict in (False, True):
        try:
            print(c, strict, binascii.a2b_base64(c, strict_mode=strict))
        except binascii.Error as e:
            print(c, strict, "Error", e)
