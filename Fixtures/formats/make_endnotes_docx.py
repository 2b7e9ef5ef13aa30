#!/usr/bin/env python3
"""Write two Word documents from a Markdown master draft with python-docx.

1. ``--endnotes OUT``: the notes become real Word ENDNOTES. python-docx has no
   endnote API, so this script builds what Word itself writes:
   - a ``word/endnotes.xml`` part (content type
     ``application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml``)
     holding ``<w:endnote w:type="separator" w:id="-1">``,
     ``<w:endnote w:type="continuationSeparator" w:id="0">`` and one
     ``<w:endnote w:id="N">`` per note (N = 1, 2, ...), each starting with a
     ``<w:endnoteRef/>`` run in the ``EndnoteReference`` character style;
   - the relationship ``.../relationships/endnotes`` from ``word/document.xml``;
   - ``<w:endnoteReference w:id="N"/>`` runs in the body;
   - ``<w:endnotePr>`` in ``word/settings.xml`` naming the two special endnotes;
   - hyperlinks in notes as ``<w:hyperlink r:id="rIdK">`` whose relationship
     (``TargetMode="External"``) lives in ``word/_rels/endnotes.xml.rels``.
   It also stores the publication date the way Word's "Publish Date" document
   property does: a custom XML part ``customXml/item2.xml`` holding
   ``<CoverPageProperties><PublishDate>2024-06-12</PublishDate>``.

2. ``--plain-notes OUT``: the notes typed into the body as plain paragraphs
   ``[1] Source, date.`` after the article, and the markers typed as ``[1]`` in
   the text, like the seed article: no Word footnote machinery at all.

Only the small Markdown subset the masters use is understood: YAML front matter
``title:``/``date:``, paragraphs, ``[^n]`` references, ``[^n]: text``
definitions, ``[text](url)`` links and bare ``https://`` URLs.
Straight quotes are turned into curly ones, as Word's AutoFormat does.
"""

import argparse
import datetime as dt
import re
import sys

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ENDNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
CUSTOM_XML_CT = "application/xml"
CUSTOM_XML_PROPS_CT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
RT_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
COVER_PAGE_NS = "http://schemas.microsoft.com/office/2006/coverPageProps"

TOKEN = re.compile(r"\[\^(?P<ref>[^\]\s]+)\]|\[(?P<text>[^\]]+)\]\((?P<href>[^)\s]+)\)|(?P<url>https?://[^\s,;)]+)")


def parse_master(path):
    """Return (title, date, body paragraphs, {label: note text}) of a master draft."""
    text = open(path, encoding="utf-8").read()
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not match:
        sys.exit(f"{path}: no YAML front matter")
    meta = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip().strip('"')
    blocks = [b.strip() for b in text[match.end():].split("\n\n") if b.strip()]
    body, notes = [], {}
    for block in blocks:
        definition = re.match(r"\[\^([^\]]+)\]:\s*(.*)", block, re.S)
        if definition:
            notes[definition.group(1)] = " ".join(definition.group(2).split())
        else:
            body.append(" ".join(block.split()))
    return meta["title"], meta["date"], body, notes


def smart_quotes(text):
    text = re.sub(r'(^|[\s(\[—])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    return text.replace("'", "\u2019")


def pieces(text):
    """Split text into ('text', s), ('ref', label) and ('link', visible, url) pieces."""
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            out.append(("text", text[pos:m.start()]))
        if m.group("ref"):
            out.append(("ref", m.group("ref")))
        elif m.group("href"):
            out.append(("link", m.group("text"), m.group("href")))
        else:
            out.append(("link", m.group("url"), m.group("url")))
        pos = m.end()
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def run_xml(text, style=None):
    rpr = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escaped}</w:t></w:r>'


def hyperlink_xml(part, visible, url):
    rid = part.relate_to(url, RT.HYPERLINK, is_external=True)
    return f'<w:hyperlink r:id="{rid}" w:history="1">{run_xml(visible, "Hyperlink")}</w:hyperlink>'


def append_inline(paragraph, text, part, on_reference):
    """Append runs for text (refs handled by on_reference) to a python-docx paragraph."""
    for piece in pieces(text):
        if piece[0] == "text":
            paragraph.add_run(smart_quotes(piece[1]))
        elif piece[0] == "ref":
            on_reference(paragraph, piece[1])
        else:
            paragraph._p.append(parse_xml(f'<w:wrap xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
                                          f"{hyperlink_xml(part, smart_quotes(piece[1]), piece[2])}</w:wrap>")[0])


def ensure_styles(document):
    styles = document.styles
    names = [s.name for s in styles]
    if "Endnote Text" not in names:
        style = styles.add_style("Endnote Text", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(10)
    if "Endnote Reference" not in names:
        style = styles.add_style("Endnote Reference", WD_STYLE_TYPE.CHARACTER)
        style.font.superscript = True
    if "Hyperlink" not in names:
        style = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.underline = True


def fixed_properties(document, title, created, modified):
    props = document.core_properties
    props.title = title
    props.author = "Newsroom"
    props.last_modified_by = "Newsroom"
    props.revision = 3
    props.created = created
    props.modified = modified


def add_publish_date(document, date):
    """Word's 'Publish Date' property: customXml/item2.xml with CoverPageProperties."""
    package = document.part.package
    item = XmlPart(PackURI("/customXml/item2.xml"), CUSTOM_XML_CT, parse_xml(
        f'<CoverPageProperties xmlns="{COVER_PAGE_NS}"><PublishDate>{date}</PublishDate>'
        "<Abstract/><CompanyAddress/><CompanyPhone/><CompanyFax/><CompanyEmail/></CoverPageProperties>"), package)
    props = XmlPart(PackURI("/customXml/itemProps2.xml"), CUSTOM_XML_PROPS_CT, parse_xml(
        '<ds:datastoreItem ds:itemID="{55AF091B-3C7A-41E3-B477-F2FDAA23CFDA}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{COVER_PAGE_NS}"/></ds:schemaRefs></ds:datastoreItem>'), package)
    item.relate_to(props, RT_CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


def write_endnotes(master, out):
    title, date, body, notes = parse_master(master)
    document = Document()
    ensure_styles(document)
    published = dt.date.fromisoformat(date)
    fixed_properties(document, title, dt.datetime(published.year, published.month, published.day, 8, 30) - dt.timedelta(days=2),
                     dt.datetime(published.year, published.month, published.day, 7, 45))
    add_publish_date(document, date)

    endnotes_el = parse_xml(
        f'<w:endnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:endnote>"
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>")
    endnotes_part = XmlPart(PackURI("/word/endnotes.xml"), ENDNOTES_CT, endnotes_el, document.part.package)
    document.part.relate_to(endnotes_part, RT.ENDNOTES)

    settings = document.settings.element
    endnote_pr = parse_xml(f'<w:endnotePr xmlns:w="{W_NS}"><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(endnote_pr)
    else:
        settings.append(endnote_pr)

    document.add_paragraph(title, style="Title")
    document.add_paragraph(published.strftime("%B %-d, %Y"), style="Subtitle")
    next_id = [1]

    def reference(paragraph, label):
        if label not in notes:
            paragraph.add_run(f"[^{label}]")
            return
        note_id = next_id[0]
        next_id[0] += 1
        paragraph._p.append(parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
            f'<w:endnoteReference w:id="{note_id}"/></w:r>'))
        note = parse_xml(
            f'<w:endnote xmlns:w="{W_NS}" xmlns:r="{R_NS}" w:id="{note_id}"><w:p>'
            '<w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:endnote>')
        note_paragraph = note[0]
        for piece in pieces(notes[label]):
            if piece[0] == "text":
                note_paragraph.append(parse_xml(f'<w:wrap xmlns:w="{W_NS}">{run_xml(smart_quotes(piece[1]))}</w:wrap>')[0])
            elif piece[0] == "link":
                note_paragraph.append(parse_xml(f'<w:wrap xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
                                                f"{hyperlink_xml(endnotes_part, smart_quotes(piece[1]), piece[2])}</w:wrap>")[0])
        endnotes_el.append(note)

    for text in body:
        append_inline(document.add_paragraph(), text, document.part, reference)
    document.save(out)


def write_plain_notes(master, out):
    title, date, body, notes = parse_master(master)
    document = Document()
    ensure_styles(document)
    published = dt.date.fromisoformat(date)
    fixed_properties(document, title, dt.datetime(published.year, published.month, published.day, 9, 0) - dt.timedelta(days=1),
                     dt.datetime(published.year, published.month, published.day, 6, 10))
    document.add_paragraph(title)
    document.add_paragraph(published.strftime("%B %-d, %Y"))
    numbers = {}

    def reference(paragraph, label):
        numbers.setdefault(label, len(numbers) + 1)
        paragraph.add_run(f"[{numbers[label]}]")

    for text in body:
        append_inline(document.add_paragraph(), text, document.part, reference)
    for label, number in numbers.items():
        paragraph = document.add_paragraph(f"[{number}] ")
        append_inline(paragraph, notes[label], document.part, reference)
    document.save(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("master", help="Markdown master draft")
    parser.add_argument("--endnotes", metavar="OUT", help="write a .docx with real endnotes")
    parser.add_argument("--plain-notes", metavar="OUT", help="write a .docx with [n] notes typed in the body")
    args = parser.parse_args()
    if args.endnotes:
        write_endnotes(args.master, args.endnotes)
    if args.plain_notes:
        write_plain_notes(args.master, args.plain_notes)


if __name__ == "__main__":
    main()
