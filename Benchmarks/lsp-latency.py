#!/usr/bin/env python3
"""Diagnostics latency of the language server (issue 16): a ~20 KB draft is opened in the real
`citeproof-lsp` over pipes, then changed N times (an incremental edit of a note's year, so the findings
change); each latency is from writing the change to reading the publishDiagnostics of that version.
The debounce is part of it (the server's default, 50 ms, unless --debounce-ms is given).

    swift build -c release --product citeproof-lsp
    Benchmarks/lsp-latency.py [--binary .build/release/citeproof-lsp] [--changes 40] [--debounce-ms 50]
"""
import argparse, json, os, re, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "Fixtures/conformance/seeds/000_9aafbb3d2f7be704.txt")


def draft(copies: int) -> str:
    """The seed's body `copies` times, each copy's notes renumbered, then every note."""
    text = open(SEED, encoding="utf-8").read()
    head, _, rest = text.partition("\n\nIn the recent days")
    body, _, notes_and_tail = ("In the recent days" + rest).partition("\n[1] ")
    notes = ("[1] " + notes_and_tail).split("\n\nThe Cyber & Jihad Lab")[0]
    out_body, out_notes = [], []
    for k in range(copies):
        shift = 8 * k
        renumber = lambda m: "[%d]" % (int(m.group(1)) + shift)
        out_body.append(re.sub(r"\[(\d+)\]", renumber, body))
        out_notes.append(re.sub(r"^\[(\d+)\]", renumber, notes, flags=re.M))
    return head + "\n\n" + "\n\n".join(out_body) + "\n" + "\n\n".join(out_notes) + "\n"


class Client:
    def __init__(self, argv):
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, msg):
        body = json.dumps(dict(msg, jsonrpc="2.0")).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.p.stdout.readline()
            if not line:
                raise EOFError("the server ended")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.p.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        while True:
            m = self.read()
            if m.get("id") == self.next_id:
                return m

    def diagnostics(self, uri, version):
        while True:
            m = self.read()
            p = m.get("params", {})
            if m.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri and p.get("version") == version:
                return p["diagnostics"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/release/citeproof-lsp"))
    ap.add_argument("--changes", type=int, default=40)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--debounce-ms", type=int, default=None)
    args = ap.parse_args()
    text = draft(args.copies)
    argv = [args.binary] + (["--debounce-ms", str(args.debounce_ms)] if args.debounce_ms is not None else [])
    client = Client(argv)
    client.request("initialize", {"processId": None, "rootUri": "file://" + ROOT, "capabilities": {}})
    client.send({"method": "initialized", "params": {}})
    uri = "file:///bench/draft-20k.txt"
    client.send({"method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
    first = client.diagnostics(uri, 1)
    lines = text.split("\n")
    last = max(i for i, l in enumerate(lines) if l.startswith("[%d] Twitter.com/mernashamari" % (8 * args.copies)))
    col = len(lines[last].encode("utf-16-le")) // 2 - len("2020.")
    latencies, counts = [], set()
    for n in range(args.changes):
        year = "2021" if n % 2 == 0 else "2020"
        version = n + 2
        time.sleep(0.15)  # a typist's pause: every change is checked on its own
        start = time.perf_counter()
        client.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": last, "character": col}, "end": {"line": last, "character": col + 4}}, "text": year}]}})
        diags = client.diagnostics(uri, version)
        latencies.append((time.perf_counter() - start) * 1000)
        counts.add(len(diags))
    client.request("shutdown", None)
    client.send({"method": "exit"})
    client.p.wait(timeout=10)
    latencies.sort()
    p90 = latencies[int(0.9 * (len(latencies) - 1))]
    print("draft: %d bytes, %d notes, %d diagnostics on open (%s after changes)" % (
        len(text.encode()), 8 * args.copies, len(first), "/".join(map(str, sorted(counts)))))
    print("debounce: %s ms; %d changes: latency min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms" % (
        "50 (default)" if args.debounce_ms is None else args.debounce_ms, len(latencies), latencies[0],
        statistics.median(latencies), p90, latencies[-1]))


if __name__ == "__main__":
    sys.exit(main())
