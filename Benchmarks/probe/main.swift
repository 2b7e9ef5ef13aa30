// probe-bench: probes every URL in a file (one per line) with the benchmark's settings and prints counts.
// Usage: probe-bench URLS.txt [CONCURRENCY]
import CiteproofProbe
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2, let text = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: probe-bench URLS.txt [CONCURRENCY]\n".utf8))
    exit(2)
}
let concurrency = arguments.count >= 3 ? Int(arguments[2]) ?? 64 : 64
let requests = text.split(whereSeparator: \.isNewline).map { ProbeRequest(url: String($0)) }

var configuration = ProbeConfiguration()
configuration.maxConcurrency = concurrency
configuration.perHostConcurrency = concurrency
configuration.perHostInterval = 0
configuration.retries = 0
configuration.allowedAddressClasses = [.loopback]
configuration.archiveEndpoint = nil

let started = DispatchTime.now().uptimeNanoseconds
let results = await Prober(configuration: configuration).probe(requests)
let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
var counts: [String: Int] = [:]
for result in results { counts[result.outcome.rawValue, default: 0] += 1 }
print("probed \(results.count) URLs in \(String(format: "%.2f", seconds)) s")
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
