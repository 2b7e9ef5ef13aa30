// Loopback server for the probe benchmark: mixed outcomes chosen by the first path segment.
// Usage: node server.mjs  → prints "LISTENING <port>".
import http from 'node:http';

const page = '<!doctype html><html><head><title>Benchmark page</title>'
  + '<meta property="article:published_time" content="2021-04-03T09:15:00Z"></head>'
  + '<body>' + '<p>Lorem ipsum dolor sit amet.</p>'.repeat(60) + '</body></html>';

function send(res, status, headers = {}, body = '') {
  res.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

const server = http.createServer((req, res) => {
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
});
server.keepAliveTimeout = 30000;
server.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1', backlog: 1024 }, () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
