// swift-tools-version: 6.0
// libFuzzer targets for citeproof. A separate package so fuzzing never costs the main build or CI.
// Build one target (see README.md):
//   swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product fuzz-markdown
import PackageDescription

/// One fuzz target per entry point; each is `Sources/<name>/<name>.swift`.
let targets = [
    "fuzz-text", "fuzz-markdown", "fuzz-html", "fuzz-docx", "fuzz-odt", "fuzz-dates", "fuzz-normalizer",
]

let package = Package(
    name: "citeproof-fuzz",
    dependencies: [.package(name: "citeproof", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "CiteproofCore", package: "citeproof")])
    ] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "CiteproofCore", package: "citeproof")])
    }
)
