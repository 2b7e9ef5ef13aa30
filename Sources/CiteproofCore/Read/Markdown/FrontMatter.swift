/// YAML front matter at the top of a Markdown draft (`---` … `---`): the simple
/// `key: value` lines citeproof needs (`title`, `date`), with their lines.
struct FrontMatter {
    var values: [String: (value: String, line: Int)] = [:]
    /// Number of lines the block spans, fences included (0 when there is none).
    var lineCount = 0

    init(_ text: String) {
        guard text.hasPrefix("---") else { return }
        // The first 401 lines, found on bytes and only as far as the closing fence (splitting the
        // whole draft into characters was 4 % of checking many small drafts).
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        while lines.count < 401 {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else {
                lines.append(text[start...])
                break
            }
            let line = text[start..<newline]
            lines.append(line)
            start = utf8.index(after: newline)
            if lines.count > 1, line == "---" || line == "..." || line == "---\r" || line == "...\r" { break }
        }
        guard let first = lines.first, first.trimmingCharacters(in: " \r-") .isEmpty, first.hasPrefix("---") else { return }
        lines.removeFirst()
        for (k, raw) in lines.enumerated() {
            let line = raw.last == "\r" ? raw.dropLast() : raw
            if line == "---" || line == "..." {
                lineCount = k + 2
                return
            }
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") else { continue }
            let key = line[..<colon].trimmingCharacters(in: " ").lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                value = String(value.dropFirst().dropLast())
            }
            values[key] = (value, k + 2)
        }
        values = [:]  // no closing fence: not front matter
    }

    /// Keys that hold the first publication date, most specific first (Hugo, Jekyll, Eleventy,
    /// Astro, Ghost, Pelican, schema.org spellings). Update keys (`updated`, `lastmod`) are not read.
    static let publicationKeys = [
        "published", "publishdate", "publish_date", "published_at", "publishedat", "date_published",
        "datepublished", "pubdate", "pub_date", "publication_date", "date", "created", "created_at",
        "date_created", "datecreated",
    ]

    /// The publication date from the first key of `publicationKeys` that holds a day-precise date:
    /// ISO (`2015-06-03`, `2015-06-03T08:15:02+02:00`, `2015-06-03 08:15`) or as written
    /// (`03-Jun-2015`, `June 3, 2015`, `3 June 2015`). The origin names the key.
    func publicationDate() -> PublicationDate? {
        for key in Self.publicationKeys {
            guard let (raw, line) = values[key], let value = Self.date(raw) else { continue }
            let origin = key == "date" ? "front-matter" : "front-matter (\(key))"
            return PublicationDate(value: value, origin: origin, location: SourceLocation(line: line, column: 1))
        }
        return nil
    }

    static func date(_ raw: String) -> CalendarDate? {
        let head = String(raw.prefix(10))
        if let iso = CalendarDate(iso: head) { return iso }
        if let m = DateScanner().parse(raw), let v = m.value, m.precision == .day, m.problem == nil { return v }
        // `03-Jun-2015`, `3-June-2015`: the dashes as spaces.
        let spaced = String(raw.map { $0 == "-" ? " " : $0 })
        if raw.contains(where: \.isLetter), let m = DateScanner().parse(spaced), let v = m.value, m.precision == .day,
            m.problem == nil
        {
            return v
        }
        return nil
    }
}
