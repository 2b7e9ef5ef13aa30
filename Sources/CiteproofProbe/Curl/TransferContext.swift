import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-transfer state the C callbacks write into. Lives on the probe thread only; curl gets an unretained pointer
/// while the engine keeps the object alive.
final class TransferContext {
    let handle: UnsafeMutableRawPointer
    /// Address classes the socket callback lets through; nil turns the guard off (trusted endpoints).
    let allowedAddresses: Set<AddressClass>?
    let bodyWanted: TransferSpec.Body
    let maxBodyBytes: Int
    let maxHeaderBytes: Int

    var body: [UInt8] = []
    var headerBytes = 0
    var bodyDecision: BodyDecision = .undecided
    /// Set when the socket callback refused an address: "169.254.169.254 is link-local".
    var refusal: String?
    var headerLimitExceeded = false

    enum BodyDecision { case undecided, keep, discard, stop }

    /// Bodies that are not HTML are not kept; below this size they are drained so the connection can be reused.
    static let drainableBytes = 64 << 10

    init(
        handle: UnsafeMutableRawPointer, allowedAddresses: Set<AddressClass>?, body: TransferSpec.Body,
        maxBodyBytes: Int, maxHeaderBytes: Int
    ) {
        self.handle = handle
        self.allowedAddresses = allowedAddresses
        self.bodyWanted = body
        self.maxBodyBytes = maxBodyBytes
        self.maxHeaderBytes = maxHeaderBytes
    }

    /// True when the transfer ended because we stopped reading, not because of a network error.
    var stoppedByUs: Bool { bodyDecision == .stop || (bodyDecision == .keep && body.count >= maxBodyBytes) }

    var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> TransferContext? {
        pointer.map { Unmanaged<TransferContext>.fromOpaque($0).takeUnretainedValue() }
    }

    func decideBody() -> BodyDecision {
        switch bodyWanted {
        case .none: return .stop
        case .any: return .keep
        case .html: break
        }
        var contentType: UnsafeMutablePointer<CChar>?
        citeproof_easy_getinfo_string(handle, CURLINFO_CONTENT_TYPE, &contentType)
        let type = contentType.map { String(cString: $0).lowercased() } ?? ""
        if type.isEmpty || type.contains("html") { return .keep }
        var length: curl_off_t = -1
        citeproof_easy_getinfo_off_t(handle, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length)
        return (0...curl_off_t(TransferContext.drainableBytes)).contains(length) ? .discard : .stop
    }
}

/// CURLOPT_WRITEFUNCTION: keep at most `maxBodyBytes` of an HTML body; stop early otherwise.
let bodyWriteCallback: curl_write_callback = { buffer, size, count, userData in
    guard let context = TransferContext.from(userData), let buffer else { return 0 }
    let length = size * count
    if context.bodyDecision == .undecided { context.bodyDecision = context.decideBody() }
    switch context.bodyDecision {
    case .stop, .undecided:
        return 0
    case .discard:
        return length
    case .keep:
        let room = context.maxBodyBytes - context.body.count
        let taken = min(room, length)
        buffer.withMemoryRebound(to: UInt8.self, capacity: taken) {
            context.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: taken))
        }
        return taken == length ? length : 0  // returning less than given aborts the transfer
    }
}

/// CURLOPT_HEADERFUNCTION: bounds the total header size.
let headerWriteCallback: curl_write_callback = { _, size, count, userData in
    guard let context = TransferContext.from(userData) else { return 0 }
    let length = size * count
    context.headerBytes += length
    if context.headerBytes > context.maxHeaderBytes {
        context.headerLimitExceeded = true
        return 0
    }
    return length
}

/// CURLOPT_OPENSOCKETFUNCTION: checks the address curl is about to connect to — every connection, every
/// redirect hop — and refuses non-public ones that are not allowed.
let guardedOpenSocketCallback: curl_opensocket_callback = { userData, _, address in
    guard let address else { return CURL_SOCKET_BAD }
    if let context = TransferContext.from(userData), let allowed = context.allowedAddresses {
        let bytes = socketAddressBytes(address)
        if let addressClass = AddressClassifier.classify(bytes), !allowed.contains(addressClass) {
            context.refusal = "\(AddressClassifier.describe(bytes)) is a \(addressClass.rawValue) address"
            return CURL_SOCKET_BAD
        }
    }
    return socket(address.pointee.family, address.pointee.socktype, address.pointee.protocol)
}

/// The raw address bytes (4 or 16) of a curl socket address; empty for other families.
func socketAddressBytes(_ address: UnsafeMutablePointer<curl_sockaddr>) -> [UInt8] {
    let raw = UnsafeRawPointer(address) + MemoryLayout<curl_sockaddr>.offset(of: \curl_sockaddr.addr)!
    switch address.pointee.family {
    case AF_INET:
        let inet = raw.loadUnaligned(as: sockaddr_in.self)
        return withUnsafeBytes(of: inet.sin_addr) { Array($0) }
    case AF_INET6:
        let inet6 = raw.loadUnaligned(as: sockaddr_in6.self)
        return withUnsafeBytes(of: inet6.sin6_addr) { Array($0) }
    default:
        return []
    }
}
