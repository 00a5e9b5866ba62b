import fnmatch
files = ['report_%02d.%s' % (i, ext) for i in range(12) for ext in ('csv', 'txt')]
print(fnmatch.filter(files, 'report_0?.csv'))
print(fnmatch.filter(files, 'report_1[01].*'))
print(len(fnmatch.filter(files, '*.txt')), [f for f in files if fnmatch.fnmatch(f, '*_[!0]?.csv')])
