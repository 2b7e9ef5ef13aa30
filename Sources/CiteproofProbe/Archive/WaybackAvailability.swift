import CiteproofCore
import Foundation

/// The Wayback Machine availability API: `GET {endpoint}?url=…&timestamp=YYYYMMDD` answers
/// `{"archived_snapshots": {"closest": {"available": true, "status": "200", "url": "…"}}}`.
enum WaybackAvailability {
    /// The lookup URL for `url`, asking for the snapshot closest to `date` (the most recent one without a date).
    static func lookupURL(endpoint: String, url: String, date: CalendarDate?) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = url.addingPercentEncoding(withAllowedCharacters: allowed) ?? url
        var lookup = endpoint + (endpoint.contains("?") ? "&" : "?") + "url=" + encoded
        if let date {
            lookup += "&timestamp=" + String(format: "%04d%02d%02d", date.year, date.month, date.day)
        }
        return lookup
    }

    private struct Response: Decodable {
        struct Snapshots: Decodable { var closest: Snapshot? }
        struct Snapshot: Decodable {
            var available: Bool?
            var status: String?
            var url: String?
        }
        var archived_snapshots: Snapshots?
    }

    /// The closest snapshot's URL, when the answer names an available snapshot that was archived with status 200.
    static func snapshotURL(from body: [UInt8]) -> String? {
        guard let response = try? JSONDecoder().decode(Response.self, from: Data(body)),
            let closest = response.archived_snapshots?.closest, closest.available == true,
            closest.status == nil || closest.status == "200"
        else { return nil }
        return closest.url
    }
}
