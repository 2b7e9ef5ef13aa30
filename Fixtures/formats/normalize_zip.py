#!/usr/bin/env python3
"""Rewrite ZIP archives (.docx, .odt) in place with every member's timestamp set
to 1980-01-01 00:00, keeping member order, names, bytes and compression method
(so an ODT's first member `mimetype` stays stored). Writers stamp members with
the current time; this makes regenerated fixtures byte-identical run to run.
The XML inside is not touched.

Usage: normalize_zip.py FILE...
       normalize_zip.py --install NEW DEST --ignore MEMBER
The second form normalizes NEW and moves it to DEST unless DEST already holds
the same members with the same bytes apart from MEMBER (LibreOffice writes a
random `Rsid` into an ODT's settings.xml on every run); then NEW is dropped and
the committed DEST stays as it is.
"""
import os
import sys
import zipfile

EPOCH = (1980, 1, 1, 0, 0, 0)


def normalize(path):
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    temporary = path + ".tmp"
    with zipfile.ZipFile(temporary, "w") as target:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=EPOCH)
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 3
            target.writestr(fixed, data)
    os.replace(temporary, path)


def members(path, ignore):
    with zipfile.ZipFile(path) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist() if i.filename != ignore}


def install(new, dest, ignore):
    normalize(new)
    if os.path.exists(dest):
        try:
            if members(new, ignore) == members(dest, ignore):
                os.remove(new)
                return
        except zipfile.BadZipFile:
            pass
    os.replace(new, dest)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--install"]:
        if len(sys.argv) != 6 or sys.argv[4] != "--ignore":
            sys.exit("usage: normalize_zip.py --install NEW DEST --ignore MEMBER")
        install(sys.argv[2], sys.argv[3], sys.argv[5])
    else:
        for name in sys.argv[1:]:
            normalize(name)
