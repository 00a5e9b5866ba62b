"""python -m tarfile: CPython's command line for the tarfile module (-l, -e, -c, -t, -v, --filter),
kept apart from tarfile.py, which is long enough without it."""
import os
import sys

import tarfile


def main():
    import argparse

    description = 'A simple command-line interface for tarfile module.'
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='Verbose output')
    parser.add_argument('--filter', metavar='<filtername>', choices=tarfile._NAMED_FILTERS,
                        help='Filter for extraction')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<tarfile>',
                       help='Show listing of a tarfile')
    group.add_argument('-e', '--extract', nargs='+', metavar=('<tarfile>', '<output_dir>'),
                       help='Extract tarfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                       help='Create tarfile from sources')
    group.add_argument('-t', '--test', metavar='<tarfile>',
                       help='Test if a tarfile is valid')
    args = parser.parse_args()

    if args.filter and args.extract is None:
        parser.exit(1, '--filter is only valid for extraction\n')
    if args.test is not None:
        _test(parser, args.test, args.verbose)
    elif args.list is not None:
        src = args.list
        if not tarfile.is_tarfile(src):
            parser.exit(1, '{!r} is not a tar archive.\n'.format(src))
        with tarfile.TarFile.open(src, 'r:*') as tf:
            tf.list(verbose=args.verbose)
    elif args.extract is not None:
        _extract(parser, args.extract, args.filter, args.verbose)
    elif args.create is not None:
        _create(args.create, args.verbose)


def _test(parser, src, verbose):
    if not tarfile.is_tarfile(src):
        parser.exit(1, '{!r} is not a tar archive.\n'.format(src))
    with tarfile.open(src, 'r') as tar:
        tar.getmembers()
        print(tar.getmembers(), file=sys.stderr)
    if verbose:
        print('{!r} is a tar archive.'.format(src))


def _extract(parser, extract, filter, verbose):
    if len(extract) == 1:
        src, curdir = extract[0], os.curdir
    elif len(extract) == 2:
        src, curdir = extract
    else:
        parser.exit(1, parser.format_help())
    if not tarfile.is_tarfile(src):
        parser.exit(1, '{!r} is not a tar archive.\n'.format(src))
    with tarfile.TarFile.open(src, 'r:*') as tf:
        tf.extractall(path=curdir, filter=filter)
    if verbose:
        if curdir == '.':
            print('{!r} file is extracted.'.format(src))
        else:
            print('{!r} file is extracted into {!r} directory.'.format(src, curdir))


# the compression that -c takes from the archive name's extension
_COMPRESSIONS = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz',
                 '.bz2': 'bz2', '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}


def _create(create, verbose):
    tar_name = create.pop(0)
    ext = os.path.splitext(tar_name)[1]
    tar_mode = 'w:' + _COMPRESSIONS[ext] if ext in _COMPRESSIONS else 'w'
    with tarfile.TarFile.open(tar_name, tar_mode) as tf:
        for file_name in create:
            tf.add(file_name)
    if verbose:
        print('{!r} file created.'.format(tar_name))
