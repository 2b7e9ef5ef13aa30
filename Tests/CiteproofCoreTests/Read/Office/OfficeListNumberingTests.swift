import Foundation
import Testing
@testable import CiteproofCore

/// The numbers .docx and .odt list items carry, from the parts a writer produces.
@Suite struct OfficeListNumberingTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func docxNumbers(numbering: String, styles: String = "", paragraphs: [(num: String?, level: Int, style: String?)]) throws -> [Int?] {
        let handler = DOCXListNumbering()
        try OfficeXML.parse(Data("<w:styles \(w)>\(styles)</w:styles>".utf8), part: "styles.xml", path: "t.docx", kind: ".docx", into: handler)
        try OfficeXML.parse(Data("<w:numbering \(w)>\(numbering)</w:numbering>".utf8), part: "numbering.xml", path: "t.docx", kind: ".docx", into: handler)
        let input = paragraphs.map { p -> OfficeParagraph in
            var paragraph = OfficeParagraph(text: "x")
            paragraph.listReference = p.num.map { ($0, p.level) }
            paragraph.style = p.style
            return paragraph
        }
        return handler.numbered(input).map(\.listNumber)
    }

    static func level(_ ilvl: Int, start: String = "1", format: String = "decimal") -> String {
        "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/></w:lvl>"
    }

    /// LibreOffice's docx: one abstract list, a `w:num` with a start override for a list's first item and
    /// plain `w:num`s for the next items; Word counts them as one list, restarted by each override.
    @Test func numsOfOneAbstractShareACountThatAStartOverrideRestarts() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="1">\(Self.level(0))\(Self.level(1))</w:abstractNum>
            <w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            <w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            <w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="8"><w:abstractNumId w:val="1"/></w:num>
            """
        let numbers = try Self.docxNumbers(numbering: numbering, paragraphs: [
            ("5", 0, nil), ("7", 0, nil), ("6", 0, nil), ("7", 0, nil), ("8", 1, nil), ("8", 1, nil), ("8", 0, nil), ("8", 1, nil),
        ])
        #expect(numbers == [1, 2, 1, 2, 1, 2, 3, 1])
    }

    /// Word's "List Number" style carries the numbering; `w:numId 0` takes it away; bullets and letters
    /// number nothing; a start far out of range is bounded, not an overflow.
    @Test func styleNumberingBulletsAndHostileStarts() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="1">\(Self.level(0, start: "4"))</w:abstractNum>
            <w:abstractNum w:abstractNumId="2">\(Self.level(0, format: "bullet"))\(Self.level(1, format: "lowerLetter"))</w:abstractNum>
            <w:abstractNum w:abstractNumId="3">\(Self.level(0, start: "9223372036854775807"))</w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-9223372036854775808"/></w:lvlOverride></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
            """
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        let numbers = try Self.docxNumbers(numbering: numbering, styles: styles, paragraphs: [
            (nil, 0, "ListNumber"), (nil, 0, "ListNumber"), ("0", 0, "ListNumber"), ("2", 0, nil), ("2", 1, nil),
            ("4", 0, nil), ("3", 0, nil), ("9", 0, nil),
        ])
        #expect(numbers == [4, 5, nil, nil, nil, ListNumber.limit, -ListNumber.limit, nil])
    }

    static func odtNumbers(_ body: String) throws -> [Int?] {
        let xml = """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:xml="http://www.w3.org/XML/1998/namespace">
            <office:automatic-styles>
            <text:list-style style:name="L1">
              <text:list-level-style-number text:level="1" style:num-format="1" text:start-value="1"/>
              <text:list-level-style-number text:level="2" style:num-format="a"/>
            </text:list-style>
            <text:list-style style:name="B1"><text:list-level-style-bullet text:level="1"/></text:list-style>
            </office:automatic-styles>
            <office:body><office:text>\(body)</office:text></office:body></office:document-content>
            """
        let handler = ODTContentHandler()
        try OfficeXML.parse(Data(xml.utf8), part: "content.xml", path: "t.odt", kind: ".odt", into: handler)
        return handler.body.map(\.listNumber)
    }

    /// A list continued by `text:continue-numbering` or `text:continue-list` counts on from the last
    /// list of the chain it joins (list7 → c → e); a fresh one restarts; `text:start-value` restarts an item; sub-levels in letters and bullets number nothing.
    @Test func odtListsStartContinueAndNest() throws {
        let numbers = try Self.odtNumbers("""
            <text:list text:style-name="L1" xml:id="list7"><text:list-item><text:p>a</text:p></text:list-item>\
            <text:list-item><text:p>b</text:p><text:list><text:list-item><text:p>sub</text:p></text:list-item></text:list></text:list-item></text:list>
            <text:p>between</text:p>
            <text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>c</text:p></text:list-item></text:list>
            <text:list text:style-name="L1"><text:list-item><text:p>d</text:p></text:list-item></text:list>
            <text:list text:style-name="L1" text:continue-list="list7"><text:list-item><text:p>e</text:p><text:p>e, second paragraph</text:p></text:list-item></text:list>
            <text:list text:style-name="L1"><text:list-item text:start-value="9223372036854775807"><text:p>f</text:p></text:list-item>\
            <text:list-header><text:p>header</text:p></text:list-header></text:list>
            <text:list text:style-name="B1"><text:list-item><text:p>bullet</text:p></text:list-item></text:list>
            """)
        #expect(numbers == [1, 2, nil, nil, 3, 1, 4, nil, ListNumber.limit, nil, nil])
    }
}
