import shutil
print(shutil.which('definitely-not-a-command-xyz'), shutil.which('nope', path=''))
print(callable(shutil.copyfileobj), issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
