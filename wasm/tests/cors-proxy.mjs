// A small CORS proxy in front of an S3 server that answers no CORS itself (s3s-fs), for
// browser tests; the node S3 test also uses it to count requests in flight.
// - OPTIONS (preflight) is answered here: any origin, method and requested header.
// - Every other request is forwarded unchanged, Host header included, so SigV4 signatures
//   made for the proxy's URL verify at the server; the answer gets
//   Access-Control-Allow-Origin and exposes ETag, Content-Range, Last-Modified and x-amz-*.
// - `delayMs` holds each request that long first (a slow remote bucket).
// - `stats()` gives { requests, inFlight, peak }; `resetPeak()` starts a new measurement.
//
// Library: `const p = await startCorsProxy("http://127.0.0.1:9000"); p.url; await p.close()`.
// CLI: `node wasm/tests/cors-proxy.mjs http://127.0.0.1:9000 [port]` (prints its URL).
import http from "node:http";
import { fileURLToPath } from "node:url";

const EXPOSE = [
  "ETag", "Content-Length", "Content-Range", "Content-Type", "Last-Modified", "Accept-Ranges",
  "x-amz-request-id", "x-amz-version-id", "x-amz-delete-marker",
].join(", ");

export async function startCorsProxy(target, port = 0, { delayMs = 0 } = {}) {
  const upstream = new URL(target);
  let requests = 0, inFlight = 0, peak = 0;
  const cors = (req) => ({
    "access-control-allow-origin": req.headers.origin || "*",
    "access-control-expose-headers": EXPOSE,
    vary: "Origin",
  });
  const server = http.createServer((req, res) => {
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...cors(req),
        "access-control-allow-methods": "GET, HEAD, PUT, POST, DELETE",
        "access-control-allow-headers": req.headers["access-control-request-headers"] || "*",
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }
    requests++;
    inFlight++;
    peak = Math.max(peak, inFlight);
    let done = false;
    const finish = () => { if (!done) { done = true; inFlight--; } };
    const forward = () => { const up = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (ur) => {
        const headers = { ...ur.headers, ...cors(req) };
        res.writeHead(ur.statusCode ?? 502, headers);
        ur.pipe(res);
        ur.on("end", finish);
        ur.on("error", finish);
      },
    );
    up.on("error", (e) => {
      finish();
      if (!res.headersSent) res.writeHead(502, cors(req));
      res.end(String(e));
    });
    req.on("aborted", () => { finish(); up.destroy(); });
    res.on("close", finish);
    req.pipe(up); };
    if (delayMs) setTimeout(forward, delayMs); else forward();
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}`,
    stats: () => ({ requests, inFlight, peak }),
    resetPeak: () => { peak = inFlight; requests = 0; },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [target, port] = process.argv.slice(2);
  if (!target) {
    console.error("usage: node cors-proxy.mjs http://127.0.0.1:PORT [listen-port]");
    process.exit(2);
  }
  const p = await startCorsProxy(target, Number(port || 0));
  console.log(p.url);
}
