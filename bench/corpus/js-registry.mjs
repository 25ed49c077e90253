// A tiny npm registry double on 127.0.0.1: packuments, tarballs and the bulk advisory endpoint
// `npm audit` posts to. Enough for real `npm install`/`npm ci`/`npm audit` runs to fail the way
// they fail against registry.npmjs.org (E404, ETARGET, ERESOLVE, audit findings) without network.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const PACKAGES = {
  "left-pad": { "1.3.0": {} },
  "is-number": { "7.0.0": {} },
  minimist: { "1.2.5": {}, "1.2.8": {} },
  lodash: { "4.17.20": {}, "4.17.21": {} },
  axios: { "0.21.1": {}, "1.7.9": {} },
  "node-forge": { "0.10.0": {}, "1.3.1": {} },
  react: { "17.0.2": {}, "18.3.1": {} },
  "react-dom": { "18.3.1": { peerDependencies: { react: "^18.3.1" } } },
  "react-widget-kit": { "2.4.0": { peerDependencies: { react: "^17.0.0" } } },
  "eslint-plugin-legacy": { "3.1.0": { peerDependencies: { eslint: "^8.0.0" } } },
  eslint: { "8.57.0": {}, "9.17.0": {} },
  "native-thing": { "1.0.0": { engines: { node: ">=99" } } },
};

// Shaped like GitHub advisory database entries as the npm bulk endpoint returns them.
const ADVISORIES = {
  minimist: [
    {
      id: 1096684,
      url: "https://github.com/advisories/GHSA-xvch-5gv4-984h",
      title: "Prototype Pollution in minimist",
      severity: "critical",
      vulnerable_versions: "<1.2.6",
      cwe: ["CWE-1321"],
      cvss: { score: 9.8, vectorString: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" },
    },
  ],
  lodash: [
    {
      id: 1106913,
      url: "https://github.com/advisories/GHSA-35jh-r3h4-6jhm",
      title: "Command Injection in lodash",
      severity: "high",
      vulnerable_versions: "<4.17.21",
      cwe: ["CWE-77", "CWE-94"],
      cvss: { score: 7.2, vectorString: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H" },
    },
    {
      id: 1106914,
      url: "https://github.com/advisories/GHSA-29mw-wpgm-hmr9",
      title: "Regular Expression Denial of Service (ReDoS) in lodash",
      severity: "moderate",
      vulnerable_versions: ">=4.0.0 <4.17.21",
      cwe: ["CWE-400", "CWE-1333"],
      cvss: { score: 5.3, vectorString: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L" },
    },
  ],
  axios: [
    {
      id: 1097679,
      url: "https://github.com/advisories/GHSA-cph5-m8f7-6c5x",
      title: "axios Inefficient Regular Expression Complexity vulnerability",
      severity: "high",
      vulnerable_versions: "<0.21.2",
      cwe: ["CWE-697", "CWE-1333"],
      cvss: { score: 7.5, vectorString: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H" },
    },
  ],
  "node-forge": [
    {
      id: 1088990,
      url: "https://github.com/advisories/GHSA-cfm4-qjh2-4765",
      title: "Improper Verification of Cryptographic Signature in node-forge",
      severity: "high",
      vulnerable_versions: "<1.3.0",
      cwe: ["CWE-347"],
      cvss: { score: 7.5, vectorString: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N" },
    },
  ],
};

function buildTarballs(dir, packages) {
  const out = {};
  for (const [name, versions] of Object.entries(packages)) {
    for (const [version, meta] of Object.entries(versions)) {
      const src = join(dir, "src", `${name}-${version}`, "package");
      mkdirSync(src, { recursive: true });
      const { index, sources = {}, ...manifest } = meta;
      for (const [file, text] of Object.entries(sources)) writeFileSync(join(src, file), text);
      writeFileSync(
        join(src, "package.json"),
        JSON.stringify({ name, version, main: "index.js", ...manifest }),
      );
      writeFileSync(
        join(src, "index.js"),
        index ?? `module.exports = ${JSON.stringify(name + "@" + version)};\n`,
      );
      const tgz = join(dir, `${name}-${version}.tgz`);
      // Fixed mtime so the tarballs (and every integrity hash in the generated lockfiles) are stable.
      const r = spawnSync(
        "tar",
        ["--mtime=2020-01-01", "--owner=0", "--group=0", "-czf", tgz, "-C", join(src, ".."), "package"],
        {
          env: { ...process.env, GZIP: "-n" },
        },
      );
      if (r.status !== 0) throw new Error(r.stderr.toString());
      const data = readFileSync(tgz);
      out[`${name}-${version}.tgz`] = {
        data,
        // The package.json fields the packument lists (without `index` and `sources`).
        manifest,
        shasum: createHash("sha1").update(data).digest("hex"),
        integrity: "sha512-" + createHash("sha512").update(data).digest("base64"),
      };
    }
  }
  return out;
}

/**
 * `extra` adds packages (or replaces one's versions) for a caller's own cases: name → version →
 * package.json fields, plus `index` for the module's source instead of the default export string
 * and `sources` for more files (file name → text) in the package.
 */
export async function startRegistry({ extra = {} } = {}) {
  const packages = { ...PACKAGES, ...extra };
  const dir = mkdtempSync(join(tmpdir(), "js-registry-"));
  const tarballs = buildTarballs(dir, packages);
  let base = "";
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      if (process.env.JS_REGISTRY_DEBUG)
        console.error(req.method, req.url, req.headers["content-encoding"] ?? "");
      const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
      // "<registry>/down/" stands for a registry having an outage.
      if (url.startsWith("/down/")) {
        res.writeHead(503, { "content-type": "text/html" });
        return res.end("<html><body><h1>503 Service Unavailable</h1></body></html>");
      }
      const send = (code, body) => {
        res.writeHead(code, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.method === "POST" && url === "/-/npm/v1/security/advisories/bulk") {
        let body = Buffer.concat(chunks);
        if (req.headers["content-encoding"] === "gzip") body = gunzipSync(body);
        const wanted = JSON.parse(body.toString() || "{}");
        const found = {};
        for (const name of Object.keys(wanted)) if (ADVISORIES[name]) found[name] = ADVISORIES[name];
        return send(200, found);
      }
      const tar = url.match(/^\/(.+)\/-\/(.+\.tgz)$/);
      if (tar && tarballs[tar[2]]) {
        res.writeHead(200, { "content-type": "application/octet-stream" });
        return res.end(tarballs[tar[2]].data);
      }
      const name = url.slice(1);
      const versions = packages[name];
      if (!versions) return send(404, { error: "Not found" });
      const list = Object.keys(versions);
      const doc = {
        name,
        "dist-tags": { latest: list[list.length - 1] },
        versions: Object.fromEntries(
          list.map((v) => {
            const t = tarballs[`${name}-${v}.tgz`];
            return [
              v,
              {
                name,
                version: v,
                ...t.manifest,
                dist: {
                  tarball: `${base}/${name}/-/${name}-${v}.tgz`,
                  shasum: t.shasum,
                  integrity: t.integrity,
                },
              },
            ];
          }),
        ),
        time: Object.fromEntries(list.map((v, i) => [v, new Date(Date.UTC(2020, 0, 1 + i)).toISOString()])),
      };
      return send(200, doc);
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${server.address().port}`;
  return {
    url: base + "/",
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}
