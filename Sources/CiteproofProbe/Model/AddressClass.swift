/// Kinds of non-public network address the probe refuses to connect to unless allowed.
public enum AddressClass: String, Hashable, Sendable, CaseIterable, Codable {
    /// 127.0.0.0/8, ::1.
    case loopback
    /// RFC 1918 (10/8, 172.16/12, 192.168/16), shared 100.64/10, unique-local fc00::/7.
    case privateNetwork = "private"
    /// 169.254/16 (cloud metadata lives here), fe80::/10.
    case linkLocal = "link-local"
    /// 224/4, ff00::/8.
    case multicast
    /// 0.0.0.0/8, ::, 240/4 and the broadcast address.
    case unspecified
}
