/// What a reader gets: the decoded text (or raw bytes for zipped formats) and the input's identity.
public struct ReaderInput: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var text: String
    public var sha256: String
    public var notices: [ReaderNotice]

    public init(path: String, bytes: [UInt8], text: String, sha256: String, notices: [ReaderNotice]) {
        self.path = path
        self.bytes = bytes
        self.text = text
        self.sha256 = sha256
        self.notices = notices
    }
}
