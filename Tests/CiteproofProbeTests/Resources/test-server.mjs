// A real HTTP server on 127.0.0.1 for the probe tests. Prints "LISTENING <port>", then one JSON line per
// request ({"method","path","ua","host","start","end","inFlight","connection"}) so tests can see what the prober
// sent and on which connection (numbered from 1 in the order the server accepted them). Exits when stdin closes.
import http from 'node:http';

const seen = new Map(); // per-key request counts for "fail first, then succeed" routes
let inFlight = 0;
let connections = 0;

function html(res, status, title, head = '', body = '') {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`);
}

function redirect(res, status, location) {
  res.writeHead(status, { Location: location, 'Content-Length': '0' });
  res.end();
}

function countFor(url) {
  const key = url.pathname + '?' + url.searchParams.get('key');
  const count = (seen.get(key) ?? 0) + 1;
  seen.set(key, count);
  return count;
}

const routes = {
  '/': (req, res) => html(res, 200, 'Home'),
  '/ok': (req, res) => html(res, 200, 'A page that exists'),
  '/chain/301': (req, res) => redirect(res, 301, '/chain/308'),
  '/chain/308': (req, res) => redirect(res, 308, '/ok'),
  '/chain/302': (req, res) => redirect(res, 302, '/ok'),
  '/chain/mixed': (req, res) => redirect(res, 301, '/chain/temporary'),
  '/chain/temporary': (req, res) => redirect(res, 302, '/ok'),
  '/loop/a': (req, res) => redirect(res, 302, '/loop/b'),
  '/loop/b': (req, res) => redirect(res, 302, '/loop/a'),
  '/missing': (req, res) => html(res, 404, 'Not Found'),
  '/gone': (req, res) => html(res, 410, 'Gone'),
  '/rate-limited-once': (req, res, url) => {
    if (countFor(url) === 1) { res.writeHead(429, { 'Retry-After': '1' }); res.end(); } else html(res, 200, 'Fine now');
  },
  '/rate-limited': (req, res) => { res.writeHead(429, { 'Retry-After': '1' }); res.end(); },
  '/flaky': (req, res, url) => {
    if (countFor(url) === 1) { res.writeHead(500); res.end(); } else html(res, 200, 'Recovered');
  },
  '/always-500': (req, res) => { res.writeHead(500); res.end(); },
  '/slow': (req, res) => { setTimeout(() => html(res, 200, 'Too late'), 5000); },
  '/head-405': (req, res) => {
    if (req.method === 'HEAD') { res.writeHead(405, { Allow: 'GET' }); res.end(); }
    else html(res, 200, 'Only GET works here');
  },
  '/head-hangup': (req, res) => {
    if (req.method === 'HEAD') req.socket.destroy(); else html(res, 200, 'HEAD is broken here');
  },
  '/soft-404-title': (req, res) => html(res, 200, 'Page Not Found – Example News'),
  '/news/2021/04/some-story': (req, res) => redirect(res, 302, '/'),
  '/moved-to-error-page': (req, res) => redirect(res, 302, '/errors/404.html'),
  '/errors/404.html': (req, res) => html(res, 200, 'Oops'),
  '/article': (req, res) => html(res, 200, 'Campaign launches',
    '<meta property="article:published_time" content="2021-04-03T09:15:00+00:00">'),
  '/article-jsonld': (req, res) => html(res, 200, 'Story',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2020-11-05T08:00:00Z"}</script>'),
  '/big-page': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.write('<html><head><title>Big</title>');
    res.write('<!--' + 'x'.repeat(1536 * 1024) + '-->');
    res.end('<meta property="article:published_time" content="2019-01-01"></head></html>');
  },
  '/huge-headers': (req, res) => {
    const headers = {};
    for (let i = 0; i < 40; i++) headers['X-Filler-' + i] = 'y'.repeat(4000);
    res.writeHead(200, headers);
    res.end();
  },
  '/to-metadata': (req, res) => redirect(res, 302, 'http://169.254.169.254/latest/meta-data/'),
  '/to-ftp': (req, res) => redirect(res, 301, 'ftp://127.0.0.1/file'),
  '/hold': (req, res, url) => { setTimeout(() => html(res, 200, 'Held'), Number(url.searchParams.get('ms') ?? 200)); },
  '/status/1234567890': (req, res) => html(res, 200, 'X'),
  '/wayback/available': (req, res, url) => {
    const target = url.searchParams.get('url');
    const timestamp = url.searchParams.get('timestamp') ?? 'latest';
    const body = target.includes('never-archived')
      ? { url: target, archived_snapshots: {} }
      : { url: target, archived_snapshots: { closest: { status: '200', available: true,
          url: `http://archive.example/web/${timestamp}/${target}`, timestamp } } };
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  },
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const start = Date.now();
  inFlight++;
  const entry = { method: req.method, path: req.url, ua: req.headers['user-agent'] ?? '', host: req.headers.host,
    start, inFlight, connection: req.socket.citeproofConnection };
  res.on('close', () => {
    inFlight--;
    process.stdout.write(JSON.stringify({ ...entry, end: Date.now() }) + '\n');
  });
  const route = routes[url.pathname];
  if (route) route(req, res, url); else html(res, 404, 'Not Found');
});

server.on('connection', (socket) => { socket.citeproofConnection = ++connections; });

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
