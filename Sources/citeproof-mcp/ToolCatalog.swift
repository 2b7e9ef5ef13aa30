import CiteproofCore
import MCP

/// The tools `tools/list` offers, with their input schemas.
enum ToolCatalog {
    static let tools: [Tool] = [
        Tool(
            name: "check_draft",
            description: """
                Check a draft's footnotes, citations, sources and dates with citeproof; returns citeproof's JSON report \
                (schema version 2: documents[].findings with rule, severity, message, location, suggestion). Give path \
                (relative to the server's working directory) or text with format. The nearest .citeproof.yml applies.
                """,
            inputSchema: .object([
                "type": "object",
                "properties": .object([
                    "path": .object(["type": "string", "description": "A draft file (.txt, .md, .html, .docx, .odt), relative to the working directory."]),
                    "text": .object(["type": "string", "description": "The draft's text, instead of path."]),
                    "format": .object([
                        "type": "string", "enum": .array(["text", "markdown", "html"]),
                        "description": "The format of text (required with text; overrides detection for path).",
                    ]),
                    "published": .object(["type": "string", "description": "The publication date, YYYY-MM-DD, overriding the draft's own."]),
                    "probe": .object(["type": "boolean", "description": "Also ask every cited URL whether it still answers (slow; uses the network)."]),
                ]),
            ]),
            annotations: .init(readOnlyHint: true, openWorldHint: true)),
        Tool(
            name: "normalize_source",
            description: "The canonical identity (platform, kind, handle, canonical URL, validity) of handles and URLs, as citeproof normalize --format json.",
            inputSchema: .object([
                "type": "object",
                "properties": .object([
                    "source": .object(["type": "string", "description": "One handle, URL or source name."]),
                    "sources": .object(["type": "array", "items": .object(["type": "string"]), "description": "Several."]),
                    "handlePlatform": .object(["type": "string", "description": "The platform of a bare @handle (default x)."]),
                ]),
            ]),
            annotations: .init(readOnlyHint: true, openWorldHint: false)),
        Tool(
            name: "explain_rule",
            description: "What a citeproof rule finds, why, and examples (citeproof explain ID).",
            inputSchema: .object([
                "type": "object",
                "properties": .object([
                    "rule": .object([
                        "type": "string", "enum": .array(RuleRegistry.all.map { .string($0.description.id) }),
                        "description": "A rule id, as a finding's rule field gives it.",
                    ])
                ]),
                "required": .array(["rule"]),
            ]),
            annotations: .init(readOnlyHint: true, openWorldHint: false)),
    ]
}
