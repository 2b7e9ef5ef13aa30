#!/usr/bin/env python3
"""Turn a PLOS JATS XML article into the corpus's article.md (format conversion only).

The body's sentences and reference markers are copied as they are; each structured
reference (nlm-citation / element-citation) is rendered the way PLOS renders it on the
article page ("Authors (year) Title. Source volume: pages."). Figures and tables are left
out (their captions are not article prose). Usage: plos-jats-to-md.py article.xml > article.md
"""
import sys
import xml.etree.ElementTree as ET

XLINK = "{http://www.w3.org/1999/xlink}href"


def inline(el, skip=("fig", "table-wrap", "supplementary-material")):
    out = [el.text or ""]
    for c in el:
        if c.tag in skip:
            pass
        elif c.tag == "italic":
            out.append("*" + inline(c).strip() + "*")
        elif c.tag == "bold":
            out.append("**" + inline(c).strip() + "**")
        elif c.tag == "name":
            out.append(clean((c.findtext("surname") or "") + " " + (c.findtext("given-names") or "")))
        elif c.tag == "ext-link" and c.get(XLINK) and inline(c).strip() == c.get(XLINK):
            out.append("<" + c.get(XLINK) + ">")
        else:
            out.append(inline(c))
        out.append(c.tail or "")
    return "".join(out)


def clean(s):
    return " ".join(s.split())


def names(group):
    parts = []
    for c in group:
        if c.tag == "name":
            parts.append(clean((c.findtext("surname") or "") + " " + (c.findtext("given-names") or "")))
        elif c.tag == "collab":
            parts.append(clean(inline(c)))
        elif c.tag == "etal":
            parts.append("et al.")
    return ", ".join(parts)


def render_citation(cit):
    """Render a reference's fields in document order, with PLOS's punctuation."""
    if cit.tag == "mixed-citation":
        return clean(inline(cit))
    text = lambda el: clean(inline(el))
    lead = lambda c: (c.tag == "person-group" and c.get("person-group-type") != "editor") or c.tag == "collab"
    kids = [c for c in cit if lead(c)] + [c for c in cit if c.tag == "year"] + \
        [c for c in cit if not lead(c) and c.tag != "year"]
    has = lambda tag: cit.find(tag) is not None
    out = []
    for c in kids:
        if c.tag != "person-group" and not text(c):
            continue
        if c.tag == "person-group":
            who = names(c)
            if c.get("person-group-type") == "editor":
                out.append(who + ", ")
            elif who:
                out.append(who + " ")
        elif c.tag in ("collab",):
            out.append(text(c) + " ")
        elif c.tag == "year":
            out.append("(" + text(c) + ") ")
        elif c.tag == "article-title":
            t = text(c)
            out.append(t + ("" if t[-1:] in ".?!" else ".") + " ")
        elif c.tag == "source":
            out.append(text(c) + ("" if has("volume") or has("fpage") else ". "))
        elif c.tag == "volume":
            out.append(" " + text(c))
        elif c.tag == "issue":
            out.append("(" + text(c) + ")")
        elif c.tag == "fpage":
            lp = cit.find("lpage")
            pages = text(c) + ("–" + text(lp) if lp is not None else "")
            if has("source") or has("volume"):
                out.append(": " + pages + ". ")
            else:
                out.append("pp. " + pages + ". ")
        elif c.tag == "publisher-loc":
            out.append(text(c) + ": ")
        elif c.tag == "publisher-name":
            out.append(text(c) + ". ")
        elif c.tag == "page-count":
            out.append(text(c) + " p. ")
        elif c.tag in ("comment", "edition", "elocation-id"):
            out.append(text(c) + " ")
    return clean("".join(out))


def section(sec, depth, lines):
    title = sec.find("title")
    if title is not None and clean(inline(title)):
        lines.append("#" * depth + " " + clean(inline(title)))
        lines.append("")
    for c in sec:
        if c.tag == "p":
            lines.append(clean(inline(c)))
            lines.append("")
        elif c.tag == "sec":
            section(c, depth + 1, lines)
        elif c.tag == "boxed-text":
            section(c, depth + 1, lines)
        elif c.tag == "disp-quote":
            for p in c.iter("p"):
                lines.append("> " + clean(inline(p)))
                lines.append("")
        elif c.tag == "list":
            for item in c.findall("list-item"):
                lines.append("- " + clean(" ".join(inline(p) for p in item.iter("p"))))
            lines.append("")


def main(path):
    root = ET.parse(path).getroot()
    meta = root.find("front/article-meta")
    title = clean(inline(meta.find("title-group/article-title")))
    date = None
    for pd in meta.findall("pub-date"):
        if pd.get("pub-type") == "epub":
            date = "%s-%02d-%02d" % (pd.findtext("year"), int(pd.findtext("month")), int(pd.findtext("day")))
    lines = ["---", 'title: "' + title.replace('"', '\\"') + '"', "date: " + date, "---", ""]
    for ab in meta.findall("abstract"):
        if ab.get("abstract-type") in (None, ""):
            lines += ["## Abstract", ""]
            for p in ab.iter("p"):
                lines += [clean(inline(p)), ""]
    body = root.find("body")
    for c in body:
        if c.tag == "sec":
            section(c, 2, lines)
        elif c.tag == "p":
            lines += [clean(inline(c)), ""]
        elif c.tag == "boxed-text":
            section(c, 2, lines)
    lines += ["## References", ""]
    for ref in root.iter("ref"):
        label = ref.findtext("label")
        cit = next(c for c in ref if c.tag in ("nlm-citation", "element-citation", "mixed-citation"))
        lines.append("%s. %s" % (clean(label), render_citation(cit)))
    print("\n".join(lines).rstrip() + "\n")


main(sys.argv[1])
