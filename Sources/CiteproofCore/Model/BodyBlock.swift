/// A paragraph or heading of the draft's body as plain text, with its footnote markers: what an
/// annotated report shows. Kept on a `Document` only when asked (`CheckOptions.keepsBody`), since
/// it roughly doubles the memory a draft takes; never part of the JSON report.
public struct BodyBlock: Hashable, Sendable {
    /// One footnote marker: its label, the UTF-8 offset in `text` where it stands, and its location.
    public struct Marker: Hashable, Sendable {
        public var label: String
        public var offset: Int
        public var location: SourceLocation

        public init(label: String, offset: Int, location: SourceLocation) {
            self.label = label
            self.offset = offset
            self.location = location
        }
    }

    /// The plain text (markers of formats that write them inline, like `[1]`, are part of it).
    public var text: String
    /// 1 for a title or `#`, 2 for `##` …; nil for prose.
    public var headingLevel: Int?
    public var markers: [Marker]
    public var location: SourceLocation

    public init(text: String, headingLevel: Int? = nil, markers: [Marker] = [], location: SourceLocation) {
        self.text = text
        self.headingLevel = headingLevel
        self.markers = markers
        self.location = location
    }
}
