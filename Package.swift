// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "citeproof",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CiteproofCore", targets: ["CiteproofCore"]),
        .executable(name: "citeproof", targets: ["citeproof"]),
        .executable(name: "citeproof-lsp", targets: ["citeproof-lsp"]),
        .executable(name: "citeproof-mcp", targets: ["citeproof-mcp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Only citeproof-mcp uses it (the official MCP SDK; its own tools-version is 6.1).
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // C libraries, through small system-library targets (see shared PLATFORM-NOTES).
        .systemLibrary(
            name: "CCmarkGFM", path: "Sources/CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CPSL", path: "Sources/CPSL", pkgConfig: "libpsl",
            providers: [.apt(["libpsl-dev"])]),
        .systemLibrary(
            name: "CIDN2", path: "Sources/CIDN2", pkgConfig: "libidn2",
            providers: [.apt(["libidn2-dev"])]),
        .systemLibrary(
            name: "CCrypto", path: "Sources/CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),

        // read → extract → normalize → check: pure, no network, no printing, no clock.
        .target(
            name: "CiteproofCore",
            dependencies: [
                "CCmarkGFM", "CLibXML2", "CPSL", "CIDN2", "CCrypto",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // The network edge: libcurl multi interface.
        .target(name: "CiteproofProbe", dependencies: ["CiteproofCore", "CCurl"]),
        // Reporters: one file per output format.
        .target(name: "CiteproofReport", dependencies: ["CiteproofCore"]),
        // The CLI: parses arguments, loads files, wires the stages.
        .executableTarget(
            name: "citeproof",
            dependencies: [
                "CiteproofCore", "CiteproofProbe", "CiteproofReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The language server (`citeproof lsp`): its own executable, hand-written JSON-RPC framing.
        .executableTarget(name: "citeproof-lsp", dependencies: ["CiteproofCore", "CiteproofProbe"]),
        // The Model Context Protocol server (`citeproof mcp`), on the official Swift SDK.
        .executableTarget(
            name: "citeproof-mcp",
            dependencies: [
                "CiteproofCore", "CiteproofProbe", "CiteproofReport", .product(name: "MCP", package: "swift-sdk"),
            ]),

        .testTarget(name: "CiteproofCoreTests", dependencies: ["CiteproofCore"]),
        .testTarget(
            name: "CiteproofProbeTests", dependencies: ["CiteproofProbe"], resources: [.copy("Resources")]),
        .testTarget(
            name: "CiteproofReportTests", dependencies: ["CiteproofCore", "CiteproofReport"],
            resources: [.copy("Fixtures"), .copy("Golden"), .copy("Schemas")]),
        // Runs the built `citeproof` binary as a user would (and as the CI and pre-commit examples do).
        .testTarget(name: "CLITests", dependencies: ["citeproof", "citeproof-lsp", "citeproof-mcp", "CiteproofCore", "CiteproofReport"]),
    ]
)
