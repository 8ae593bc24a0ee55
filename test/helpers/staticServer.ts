// A tiny static file server for browser tests: serves one folder (dist/) on 127.0.0.1 at an ephemeral port,
// with the MIME types the page needs (a module worker or a script served as text/plain would be refused).
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

export const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** "http://127.0.0.1:<port>", without a trailing slash. */
  origin: string;
  port: number;
  /** Every path the server was asked for, in order (for diagnostics). */
  served: string[];
  close(): Promise<void>;
}

/** Serve `root` read-only. Paths outside it, folders and missing files are 404. */
export function serveDirectory(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    served.push(pathname);
    const file = path.resolve(base, `.${pathname}`);
    const inside = file === base || file.startsWith(base + path.sep);
    if (!inside || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(inside ? 405 : 404).end();
      return;
    }
    fs.stat(file, (error, st) => {
      if (error || !st.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": mimeType(file),
        "Content-Length": st.size,
        // Every test gets the bytes of this build, never a cached older chunk.
        "Cache-Control": "no-store",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        port,
        served,
        close: () =>
          new Promise<void>((done) => {
            // Chromium keeps connections alive; do not wait for it to drop them.
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
