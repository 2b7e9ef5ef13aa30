public enum HTMLReader {
    public static func read(_ input: ReaderInput) throws -> Document {
        throw InputError.unsupported(input.path, reason: "HTML: not yet")
    }
}
