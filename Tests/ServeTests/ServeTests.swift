import BrowserDriver
import CiteproofCore
import Foundation
import Testing

/// `citeproof serve` as an editor and a script use it: the real server (started through the CLI's
/// `serve` subcommand, which execs `citeproof-serve`) on a free port, spoken to over HTTP.
@Suite(.serialized)
struct ServeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let products: URL = {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("citeproof").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug")
    }()

    /// A running server; stopped when released.
    final class Server {
        let process = Process()
        let port: Int

        init(_ arguments: [String] = []) throws {
            let port = try HeadlessChromium.freePort()
            process.executableURL = ServeTests.products.appendingPathComponent("citeproof")
            process.arguments = ["serve", "--port", String(port)] + arguments
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line says where it listens.
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            let said = String(decoding: line, as: UTF8.self)
            guard said.contains("listening on http://") else {
                process.terminate()
                throw HeadlessChromium.Failure("citeproof serve did not start: \(said)")
            }
            self.port = port
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
        }
    }

    struct Answer {
        var status: Int
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func post(_ port: Int, _ target: String, _ body: Data, host: String = "127.0.0.1") throws -> Answer {
        var head = "POST \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n"
        head += "Content-Type: application/octet-stream\r\nContent-Length: \(body.count)\r\n\r\n"
        let raw = try HeadlessChromium.exchange(port: port, Data(head.utf8) + body, host: host)
        guard let split = raw.range(of: Data("\r\n\r\n".utf8)) else { throw HeadlessChromium.Failure("no HTTP answer") }
        let statusLine = String(decoding: raw[..<split.lowerBound], as: UTF8.self).split(separator: " ")
        return Answer(status: Int(statusLine.dropFirst().first ?? "") ?? 0, body: Data(raw[split.upperBound...]))
    }

    /// `citeproof check NAME --format json [extra]` in a folder holding only the draft.
    static func cliJSON(_ bytes: Data, name: String, extra: [String] = []) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try bytes.write(to: folder.appendingPathComponent(name))
        let process = Process()
        process.executableURL = products.appendingPathComponent("citeproof")
        process.arguments = ["check", name, "--format", "json"] + extra
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// One draft of each format the page accepts (the name gives the format, as a path does).
    static let drafts: [(fixture: String, name: String)] = [
        ("Fixtures/conformance/seeds/000_9aafbb3d2f7be704.txt", "seed.txt"),
        ("Fixtures/formats/masters/council-depot.md", "council-depot.md"),
        ("Fixtures/formats/seed/seed.html", "seed.html"),
        ("Fixtures/formats/seed/seed.docx", "seed.docx"),
        ("Fixtures/formats/pandoc/council-depot.odt", "council-depot.odt"),
    ]

    @Test func jsonEqualsTheCLIByteForByteForEveryFormat() throws {
        let server = try Server()
        for (fixture, name) in Self.drafts {
            let bytes = try Data(contentsOf: Self.packageRoot.appendingPathComponent(fixture))
            let answer = try Self.post(server.port, "/api/check?name=\(name)", bytes)
            #expect(answer.status == 200, "\(name): \(answer.text)")
            let cli = try Self.cliJSON(bytes, name: name)
            #expect(!cli.isEmpty)
            #expect(answer.body == cli, "\(name): the served JSON differs from the CLI's")
        }
        // With a publication date, as --published.
        let seed = try Data(contentsOf: Self.packageRoot.appendingPathComponent(Self.drafts[0].fixture))
        let dated = try Self.post(server.port, "/api/check?name=seed.txt&published=2021-04-05", seed)
        #expect(dated.status == 200)
        #expect(dated.body == (try Self.cliJSON(seed, name: "seed.txt", extra: ["--published", "2021-04-05"])))
        #expect(dated.text.contains("\"2021-04-05\""))
    }

    @Test func badUploadsGetTheCLIsMessagesAsHTTPErrors() throws {
        let server = try Server(["--max-bytes", "2000"])
        let seed = try Data(contentsOf: Self.packageRoot.appendingPathComponent(Self.drafts[0].fixture))
        #expect(seed.count > 2000)
        let large = try Self.post(server.port, "/api/check?name=seed.txt", seed)
        #expect(large.status == 413)
        #expect(large.text.contains("over the limit of 2000"))
        let png = try Data(contentsOf: Self.packageRoot.appendingPathComponent("Fixtures/hostile/binary-png.md"))
        let binary = try Self.post(server.port, "/api/check?name=image.md", png)
        #expect(binary.status == 400)
        #expect(binary.text.contains("image.md: looks like a binary file, not a draft"))
        let docx = try Self.post(server.port, "/api/check?name=broken.docx", Data("not a zip".utf8))
        #expect(docx.status == 400)
        let pdf = try Self.post(server.port, "/api/check?name=draft.pdf", Data("%PDF-1.4".utf8))
        #expect(pdf.status == 415)
        let nameless = try Self.post(server.port, "/api/check", Data("text".utf8))
        #expect(nameless.status == 400)
        let badDate = try Self.post(server.port, "/api/check?name=a.txt&published=April", Data("text".utf8))
        #expect(badDate.status == 400)
        // The server is still there.
        #expect(try Self.post(server.port, "/api/check?name=a.txt", Data("Body.\n".utf8)).status == 200)
    }

    /// Every value of `key` anywhere in a JSON value.
    static func values(of key: String, in json: Any) -> [Any] {
        if let object = json as? [String: Any] {
            return (object[key].map { [$0] } ?? []) + object.values.flatMap { values(of: key, in: $0) }
        }
        if let array = json as? [Any] { return array.flatMap { values(of: key, in: $0) } }
        return []
    }

    @Test func probingFromThePageStillRefusesPrivateAddresses() throws {
        let server = try Server()
        // The draft cites this very server, on loopback: a probe must not fetch it.
        let draft = "The port reopened.[1]\n\n[1] Port authority, \"Notice,\" April 3, 2021. http://127.0.0.1:\(server.port)/\n"
        let answer = try Self.post(server.port, "/api/check?name=a.txt&published=2021-04-04&probe=1", Data(draft.utf8))
        #expect(answer.status == 200, "\(answer.text)")
        let json = try JSONSerialization.jsonObject(with: answer.body)
        let outcomes = Self.values(of: "outcome", in: json).compactMap { $0 as? String }
        #expect(outcomes == ["excluded"], "\(outcomes)")
        #expect(!answer.text.contains("url-dead"))
    }

    /// The machine's first non-loopback IPv4 address.
    static func outsideAddress() throws -> String {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { throw HeadlessChromium.Failure("getifaddrs failed") }
        defer { freeifaddrs(list) }
        for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var ip = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            inet_ntop(AF_INET, &ip, &text, socklen_t(INET_ADDRSTRLEN))
            let string = String(cString: text)
            if !string.hasPrefix("127.") { return string }
        }
        throw HeadlessChromium.Failure("this machine has no non-loopback IPv4 address to test with")
    }

    @Test func onlyThisMachineUnlessHostWidensIt() throws {
        let outside = try Self.outsideAddress()
        let body = Data("A sentence.\n".utf8)
        let local = try Server()
        #expect(try Self.post(local.port, "/api/check?name=a.txt", body).status == 200)
        #expect(throws: HeadlessChromium.Failure.self) { try Self.post(local.port, "/api/check?name=a.txt", body, host: outside) }
        let widened = try Server(["--host", "0.0.0.0"])
        let answer = try Self.post(widened.port, "/api/check?name=a.txt", body, host: outside)
        #expect(answer.status == 200, "\(answer.text)")
    }
}
