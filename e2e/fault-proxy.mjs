// A fault-injecting proxy between the page and the receiver, for the browser tests. In mode
// `pass` it forwards everything; in `error` it answers each POST with 500 (with CORS headers,
// as a real server behind a proxy would, so the page sees the status); in `refuse` with 400 and
// the receiver's answer to an invalid inquiry (as a receiver with stricter rules than the page
// would); in `hang` it forwards
// each POST to the receiver but never answers, as a connection that stalls after the server
// has stored the inquiry. Preflight requests always pass through.
import http from 'node:http';
import { PROXY_PORT } from './receiver.mjs';

export async function startFaultProxy(target) {
  const upstream = new URL(target);
  const held = new Set();
  const proxy = { mode: 'pass', url: null, posts: 0 };
  const server = http.createServer((req, res) => {
    const forward = (respond) => {
      const out = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, respond);
      out.on('error', () => { if (!res.headersSent) res.writeHead(502).end(); });
      req.pipe(out);
    };
    if (req.method === 'POST') proxy.posts++;
    if (req.method !== 'POST' || proxy.mode === 'pass') {
      forward((answer) => { res.writeHead(answer.statusCode, answer.headers); answer.pipe(res); });
    } else if (proxy.mode === 'error' || proxy.mode === 'refuse') {
      req.resume();
      const refuse = proxy.mode === 'refuse';
      res.writeHead(refuse ? 400 : 500, { 'content-type': 'application/json', 'access-control-allow-origin': req.headers.origin ?? '*' });
      res.end(refuse ? '{"errors":[{"field":"company","problem":"required"}]}' : '{"errors":[{"field":"body","problem":"storage-failed"}]}');
    } else {
      held.add(res);
      forward((answer) => answer.resume());
    }
  });
  await new Promise((resolve) => server.listen(PROXY_PORT, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${server.address().port}${upstream.pathname}`;
  proxy.close = () => {
    for (const res of held) res.destroy();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return proxy;
}
