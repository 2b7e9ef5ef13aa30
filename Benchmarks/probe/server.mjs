// Loopback server for the probe benchmark: mixed outcomes chosen by the first path segment.
// Usage: [HOSTS=N] [PORT=P] node server.mjs  → prints "LISTENING <port>".
// GET /__stats answers (and resets) the connections accepted and the requests served by method since the
// last call: {"connections":N,"requests":{"HEAD":N,"GET":N}} — how many requests per URL a client made,
// and whether it reused its connections.
import http from 'node:http';

let stats = { connections: 0, requests: {} };

const page = '<!doctype html><html><head><title>Benchmark page</title>'
  + '<meta property="article:published_time" content="2021-04-03T09:15:00Z"></head>'
  + '<body>' + '<p>Lorem ipsum dolor sit amet.</p>'.repeat(60) + '</body></html>';

function send(res, status, headers = {}, body = '') {
  res.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function handler(req, res) {
  if (req.url === '/__stats') {
    const body = JSON.stringify(stats);
    stats = { connections: 0, requests: {} };
    return send(res, 200, { 'Content-Type': 'application/json' }, body);
  }
  stats.requests[req.method] = (stats.requests[req.method] ?? 0) + 1;
  const [, kind, id] = req.url.split('/');
  const body = req.method === 'HEAD' ? '' : page;
  switch (kind) {
    case 'ok': return send(res, 200, {}, body);
    case 'moved': return send(res, 301, { Location: `/ok/${id}` });
    case 'temporary': return send(res, 302, { Location: `/ok/${id}` });
    case 'missing': return send(res, 404, {}, req.method === 'HEAD' ? '' : '<title>Not Found</title>');
    case 'gone': return send(res, 410);
    case 'head405': return req.method === 'HEAD' ? send(res, 405, { Allow: 'GET' }) : send(res, 200, {}, body);
    case 'error': return send(res, 500);
    default: return send(res, 404);
  }
}
// HOSTS=N: listen on 127.0.0.2 … 127.0.0.(N+1), all on one port; otherwise on 127.0.0.1.
const hosts = Number(process.env.HOSTS ?? 0);
const addresses = hosts > 0 ? Array.from({ length: hosts }, (_, i) => `127.0.0.${i + 2}`) : ['127.0.0.1'];
function listen(i, port) {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 30000;
  server.on('connection', () => { stats.connections += 1; });
  server.listen({ port, host: addresses[i], backlog: 1024 }, () => {
    if (i + 1 < addresses.length) return listen(i + 1, server.address().port);
    process.stdout.write(`LISTENING ${server.address().port}\n`);
  });
}
listen(0, Number(process.env.PORT ?? 0));
