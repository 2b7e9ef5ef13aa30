import CiteproofCore
import CiteproofReport
import Foundation

/// The page `citeproof serve` shows: drop or pick a draft, or paste text; set the publication
/// date and probing; the annotated report appears below in a sandboxed frame (its own script runs
/// there, with no access to the page). Inline CSS and script; nothing is fetched but the two
/// endpoints.
enum EditorPage {
    /// Only this page's script and the report's run; requests go to this server only.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src '\(hash("\n" + script))' '\(HTMLReporter.scriptHash)'; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'"

    static func hash(_ script: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
    }

    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>citeproof</title>
        <style>
        body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem; color: #1d2329; background: #fff; }
        h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
        form { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; align-items: start; }
        #drop { border: 2px dashed #57606a; border-radius: 8px; padding: 1.25rem; text-align: center; }
        #drop.over { background: #ddf4ff; border-color: #0550ae; }
        textarea { width: 100%; min-height: 7rem; box-sizing: border-box; font: 14px/1.4 ui-monospace, monospace; }
        .settings { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
        button { font: inherit; padding: .35rem 1rem; background: #0550ae; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
        button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
        #status { min-height: 1.5rem; margin: .75rem 0; } #status.error { color: #a40e26; font-weight: 600; }
        iframe { width: 100%; height: 80vh; border: 1px solid #d0d7de; border-radius: 6px; }
        </style>
        </head>
        <body>
        <h1>citeproof</h1>
        <p>Check a draft's citations: drop or pick a file (.txt, .md, .html, .docx, .odt), or paste text. Nothing is kept: the draft stays in memory for the check.</p>
        <form id="form">
        <div id="drop"><p>Drop a draft here, or</p><input type="file" id="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.odt" aria-label="Pick a draft"></div>
        <div><label for="paste">…or paste text</label>
        <textarea id="paste" placeholder="Paste the draft with its notes"></textarea>
        <label for="pasteFormat">read as</label> <select id="pasteFormat"><option value="txt">plain text</option><option value="md">Markdown</option><option value="html">HTML</option></select></div>
        <div class="settings">
        <label>Published <input type="date" id="published"></label>
        <label><input type="checkbox" id="probe"> Probe the links (public addresses only)</label>
        <button type="submit" id="check">Check</button>
        </div>
        </form>
        <div id="status" role="status" aria-live="polite"></div>
        <iframe id="report" title="The annotated report" sandbox="allow-scripts"></iframe>
        <script>
        \(script)</script>
        </body>
        </html>

        """

    static let script = """
        const form = document.getElementById("form"), drop = document.getElementById("drop"), file = document.getElementById("file");
        const statusLine = document.getElementById("status"), frame = document.getElementById("report");
        let dropped = null;
        function say(text, error) { statusLine.textContent = text; statusLine.className = error ? "error" : ""; }
        drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
        drop.addEventListener("dragleave", () => drop.classList.remove("over"));
        drop.addEventListener("drop", (e) => {
          e.preventDefault(); drop.classList.remove("over");
          if (e.dataTransfer.files.length) { dropped = e.dataTransfer.files[0]; check(); }
        });
        file.addEventListener("change", () => { dropped = null; if (file.files.length) check(); });
        form.addEventListener("submit", (e) => { e.preventDefault(); check(); });
        async function check() {
          const chosen = dropped || file.files[0];
          const pasted = document.getElementById("paste").value;
          let name, body;
          if (chosen) { name = chosen.name; body = chosen; }
          else if (pasted.trim()) { name = "pasted." + document.getElementById("pasteFormat").value; body = new Blob([pasted]); }
          else { say("Drop, pick or paste a draft first.", true); return; }
          const query = new URLSearchParams({ name });
          const published = document.getElementById("published").value;
          if (published) query.set("published", published);
          if (document.getElementById("probe").checked) query.set("probe", "1");
          say("Checking " + name + "…");
          try {
            const answer = await fetch("/api/report?" + query, { method: "POST", body });
            const text = await answer.text();
            if (!answer.ok) { say("HTTP " + answer.status + ": " + text.trim(), true); frame.removeAttribute("srcdoc"); return; }
            frame.srcdoc = text;
            say("Checked " + name + ".");
          } catch (error) { say("The check failed: " + error, true); }
        }

        """
}
