#!/usr/bin/env python3
"""Write a Word document from article.md with python-docx, numbering the lists the way
Word's own "List Number" paragraph style does: the numbering comes from the STYLE
(styles.xml: ListNumber > w:pPr > w:numPr > w:numId), not from a w:numPr on each paragraph,
and every "List Number" paragraph of the document continues one count (so the item
after the "Further sources" subheading is 6, as in the Markdown). That is also why the
timeline before the references is a "List Bullet" list: numbered, it would take 1-3
and push the references to 4-12, as Word would print them.

Only the Markdown this article uses is understood: YAML front matter title:/date:,
`#` headings, paragraphs and `N. ` list items (one line each).

Usage: make_numbered_docx.py article.md OUT.docx
"""
import re
import sys

from docx import Document


def main(source, out):
    text = open(source, encoding="utf-8").read()
    front, body = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S).groups()
    meta = dict(re.findall(r'^(\w+):\s*"?(.*?)"?$', front, re.M))
    document = Document()
    document.core_properties.title = meta["title"]
    document.add_paragraph(meta["title"], style="Title")
    document.add_paragraph(meta["date"])
    numbered = False
    for block in body.strip().split("\n\n"):
        for line in block.split("\n"):
            heading = re.match(r"(#+) (.*)", line)
            item = re.match(r"\d+\. (.*)", line)
            if heading:
                numbered = numbered or heading.group(2) == "References"
                document.add_heading(heading.group(2), level=len(heading.group(1)))
            elif item:
                style = "List Number" if numbered else "List Bullet"
                document.add_paragraph(item.group(1), style=style)
            else:
                document.add_paragraph(block.replace("\n", " "))
                break
    document.save(out)


if __name__ == "__main__":
    main(*sys.argv[1:])
