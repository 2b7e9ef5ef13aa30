import CCrypto

/// SHA-256 (FIPS 180-4) of the input bytes, for the audit export's `sha256` and baseline fingerprints.
///
/// OpenSSL's libcrypto (`EVP_Digest` with `EVP_sha256()`), the system library libcurl already links:
/// no hand-written hash to maintain, and no swift-crypto (BoringSSL) adding a minute to clean builds.
/// Checked against the NIST vectors in tests.
public enum SHA256 {
    /// Lowercase hex digest.
    public static func hex(_ bytes: [UInt8]) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest(bytes) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The 32-byte digest.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let status = message.withUnsafeBytes { input in
            output.withUnsafeMutableBufferPointer { out in
                EVP_Digest(input.baseAddress, input.count, out.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        // EVP_Digest fails only without memory or without the algorithm; neither is recoverable here.
        precondition(status == 1 && length == 32, "EVP_Digest(SHA-256) failed")
        return output
    }
}
