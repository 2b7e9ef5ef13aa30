/// One HTTP request the engine asks curl to make.
struct TransferSpec {
    enum Method: String { case head = "HEAD", get = "GET" }
    enum Body { case none, html, any }

    var url: String
    /// The host the scheduler counts this request against.
    var host: String
    var method: Method
    var body: Body
    /// nil: no address guard (the trusted archive endpoint).
    var allowedAddresses: Set<AddressClass>?
}

/// What one finished transfer produced.
struct TransferResponse {
    var spec: TransferSpec
    /// CURLE_OK is 0; a transfer we cut short on purpose counts as OK.
    var curlCode: Int
    var curlError: String
    var status: Int
    var redirectURL: String?
    var retryAfterSeconds: Int?
    var refusal: String?
    var headerLimitExceeded: Bool
    var body: [UInt8]
    var bodyRead: Bool
}
