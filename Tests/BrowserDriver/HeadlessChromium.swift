import Foundation

/// Debian's Chromium driven through its WebDriver server (`chromedriver`, plain HTTP and JSON), for
/// the tests that load the HTML report and the served page in a real browser. Starting it fails
/// (never skips) when `chromium` or `chromedriver` is missing; `scripts/setup` installs both under
/// `CITEPROOF_SETUP_TESTS=1`.
public final class HeadlessChromium: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    private let driver: Process
    private let base: String
    private let session: String

    /// Starts `chromedriver` on a free port and opens a headless Chromium session.
    public init(width: Int = 1300, height: Int = 1000) throws {
        guard let chromium = Self.which("chromium") ?? Self.which("chromium-browser") else {
            throw Failure("Chromium is required for this test: run `CITEPROOF_SETUP_TESTS=1 scripts/setup` (apt-get install chromium chromium-driver)")
        }
        guard let chromedriver = Self.which("chromedriver") else {
            throw Failure("chromedriver is required for this test: run `CITEPROOF_SETUP_TESTS=1 scripts/setup` (apt-get install chromium-driver)")
        }
        let port = try Self.freePort()
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: chromedriver)
        driver.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = "http://127.0.0.1:\(port)"
        var ready = false
        var last = ""
        for _ in 0..<100 {
            do {
                let status = try Self.request("GET", base + "/status", body: nil)
                if let value = status["value"] as? [String: Any], (value["ready"] as? NSNumber)?.boolValue == true {
                    ready = true
                    break
                }
                last = "\(status)"
            } catch {
                last = "\(error)"
            }
            usleep(100_000)
        }
        guard ready else {
            Self.stop(driver)
            throw Failure("chromedriver did not start on port \(port): \(last)")
        }
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": chromium,
                        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=\(width),\(height)"],
                    ],
                ]
            ]
        ]
        do {
            let created = try Self.request("POST", base + "/session", body: capabilities)
            guard let value = created["value"] as? [String: Any], let id = value["sessionId"] as? String else {
                throw Failure("chromedriver did not open a session: \(created)")
            }
            session = id
        } catch {
            Self.stop(driver)
            throw error
        }
    }

    deinit {
        _ = try? Self.request("DELETE", "\(base)/session/\(session)", body: nil)
        Self.stop(driver)
    }

    /// chromedriver outlives SIGTERM at times: SIGKILL after a moment.
    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<20 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Loads `url` and waits for the load event.
    public func open(_ url: String) throws {
        _ = try command("POST", "url", ["url": url])
    }

    /// Runs `script` (a function body; `arguments` are its `arguments`) and returns its JSON result.
    @discardableResult
    public func execute(_ script: String, _ arguments: [Any] = []) throws -> Any? {
        try command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// The id of the first element matching a CSS selector.
    public func element(_ selector: String) throws -> String {
        let value = try command("POST", "element", ["using": "css selector", "value": selector])
        guard let found = value as? [String: Any], let id = found.values.first as? String else {
            throw Failure("no element matches \(selector)")
        }
        return id
    }

    public func click(_ selector: String) throws {
        _ = try command("POST", "element/\(try element(selector))/click", [:])
    }

    /// Types `text` into an element (for a file input: the path of the file to pick).
    public func type(_ selector: String, _ text: String) throws {
        _ = try command("POST", "element/\(try element(selector))/value", ["text": text])
    }

    /// Commands go to the document of the page's `index`th frame until `leaveFrame`.
    public func enterFrame(_ index: Int = 0) throws {
        _ = try command("POST", "frame", ["id": index])
    }

    public func leaveFrame() throws {
        _ = try command("POST", "frame/parent", [:])
    }

    /// Polls `script` (a function body) until it returns true; false after `seconds`.
    public func wait(_ script: String, seconds: Double = 30) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try execute(script) as? Bool == true { return true }
            usleep(100_000)
        }
        return false
    }

    /// Types keys into the focused element (WebDriver key codes: "\u{E007}" is Enter, "\u{E004}" Tab).
    public func press(_ keys: String) throws {
        let actions = keys.unicodeScalars.flatMap { key -> [[String: Any]] in
            [["type": "keyDown", "value": String(key)], ["type": "keyUp", "value": String(key)]]
        }
        _ = try command("POST", "actions", ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
    }

    /// Sends a DevTools protocol command through the driver (`Emulation.setEmulatedMedia` …).
    public func devTools(_ method: String, _ params: [String: Any]) throws {
        _ = try command("POST", "goog/cdp/execute", ["cmd": method, "params": params])
    }

    /// A PNG of the viewport.
    public func screenshot() throws -> Data {
        guard let encoded = try command("GET", "screenshot", nil) as? String, let data = Data(base64Encoded: encoded) else {
            throw Failure("no screenshot")
        }
        return data
    }

    /// A PNG of the whole page: the window is resized to the document's height first.
    public func fullPageScreenshot(width: Int = 1300) throws -> Data {
        let height = (try execute("return Math.ceil(document.documentElement.scrollHeight)") as? Int) ?? 1000
        try devTools("Emulation.setDeviceMetricsOverride", ["width": width, "height": min(height, 12000), "deviceScaleFactor": 1, "mobile": false])
        defer { try? devTools("Emulation.clearDeviceMetricsOverride", [:]) }
        return try screenshot()
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]?) throws -> Any? {
        let answer = try Self.request(method, "\(base)/session/\(session)/\(path)", body: body)
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure("WebDriver \(path): \(error): \(value["message"] ?? "")")
        }
        return answer["value"]
    }

    /// One HTTP/1.1 exchange with the driver on 127.0.0.1 (a plain socket, `Connection: close`; the
    /// driver is local and speaks JSON only).
    static func request(_ method: String, _ url: String, body: [String: Any]?) throws -> [String: Any] {
        guard let parsed = URL(string: url), let port = parsed.port else { throw Failure("bad driver URL \(url)") }
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        var head = "\(method) \(parsed.path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        head += "Content-Type: application/json\r\nContent-Length: \(payload.count)\r\n\r\n"
        let answer = try exchange(port: port, Data(head.utf8) + payload)
        guard let split = answer.range(of: Data("\r\n\r\n".utf8)) else { throw Failure("\(method) \(url): no HTTP answer") }
        let content = answer[split.upperBound...]
        guard let object = try JSONSerialization.jsonObject(with: content) as? [String: Any] else {
            throw Failure("\(method) \(url): no JSON answer")
        }
        return object
    }

    /// Sends `request` to 127.0.0.1:`port` and reads the answer to the end.
    public static func exchange(port: Int, _ request: Data, host: String = "127.0.0.1") throws -> Data {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket() failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(host)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure("cannot connect to \(host):\(port): \(String(cString: strerror(errno)))") }
        try request.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                guard n > 0 else { throw Failure("send() failed: \(String(cString: strerror(errno)))") }
                sent += n
            }
        }
        // To the end of the body its Content-Length announces (a server may keep the connection open).
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if let split = answer.range(of: Data("\r\n\r\n".utf8)) {
                let head = String(decoding: answer[..<split.lowerBound], as: UTF8.self).lowercased()
                if let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                    let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)),
                    answer.count - split.upperBound >= length
                {
                    return answer.prefix(split.upperBound + length)
                }
            }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            answer.append(contentsOf: buffer[0..<n])
        }
        return answer
    }

    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// A TCP port nobody listens on now (bound to port 0, then released).
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw Failure("bind() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
