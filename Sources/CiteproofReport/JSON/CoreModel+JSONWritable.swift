import CiteproofCore

// The core's values as the JSON export writes them: the keys and values of their `Encodable`
// conformances (absent optionals omitted), in sorted order, written without an encoder.

extension SourceLocation: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("column", ifPresent: column)
        json.field("line", line)
        json.endObject()
    }
}

extension Finding: JSONWritable {
    /// As `Finding.encode(to:)`: `suppressed` always, `suppression` when there is one.
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("evidence", array: evidence)
        json.field("footnote", ifPresent: footnote)
        json.field("location", ifPresent: location)
        json.field("message", message)
        json.field("rule", rule)
        json.field("severity", severity.rawValue)
        json.field("subject", ifPresent: subject)
        json.field("suggestion", ifPresent: suggestion)
        json.field("suppressed", suppressed)
        json.field("suppression", ifPresent: suppression)
        json.endObject()
    }
}

extension Evidence: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("footnote", ifPresent: footnote)
        json.field("kind", kind)
        json.field("location", ifPresent: location)
        json.field("text", text)
        json.endObject()
    }
}

extension FindingSuppression: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("kind", kind.rawValue)
        json.field("reason", reason)
        json.endObject()
    }
}

extension UnresolvedMarker: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("location", location)
        json.field("text", text)
        json.endObject()
    }
}

extension LinkCheck: JSONWritable {
    /// As `LinkCheck.encode(to:)`: `checkedAt` in ISO 8601, `pageDate` as `YYYY-MM-DD`.
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("archiveURL", ifPresent: archiveURL)
        json.field("checkedAt", Self.iso8601(checkedAt))
        json.field("detail", detail)
        json.field("elapsedMs", elapsedMs)
        json.field("finalURL", ifPresent: finalURL)
        json.field("httpStatus", ifPresent: httpStatus)
        json.field("outcome", outcome.rawValue)
        json.field("pageDate", ifPresent: pageDate?.description)
        json.field("redirects", array: redirects)
        json.field("suggestedURL", ifPresent: suggestedURL)
        json.field("url", url)
        json.endObject()
    }
}

extension QuoteCheck: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("detail", detail)
        json.field("footnote", ifPresent: footnote)
        json.field("location", ifPresent: location)
        json.field("outcome", outcome.rawValue)
        json.field("pageLanguage", ifPresent: pageLanguage)
        json.field("passage", ifPresent: passage)
        json.field("quote", quote)
        json.field("sentence", sentence)
        json.field("similarity", ifPresent: similarity)
        json.field("tier", ifPresent: tier?.rawValue)
        json.field("url", url)
        json.field("zone", ifPresent: zone?.rawValue)
        json.endObject()
    }
}

extension ReportSummary: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("citations", citations)
        json.field("documents", documents)
        json.field("errors", errors)
        json.field("failures", failures)
        json.field("footnotes", footnotes)
        json.field("notes", notes)
        json.field("suppressed", suppressed)
        json.field("warnings", warnings)
        json.endObject()
    }
}
