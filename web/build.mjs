// Copies the browser code the Go binary serves from node_modules (installed
// by `npm ci` at the versions pinned in package-lock.json) into dist/, which
// the binary embeds (web/web.go). dist/ is committed, so `go build` needs no
// npm; `make web` reruns this. The output depends only on the lockfile: same
// lockfile, same bytes.
//
//   dist/cytoscape.min.js (+ .LICENSE, .json)  the analyst page's graph drawing
//   dist/vis-timeline-graph2d.min.js, .css (+ vis-timeline.LICENSE, .json)
//                                              the page's time axis
//   dist/cayley-ui/                            what Cayley's own query UI (/ui/)
//                                              would fetch from CDNs:
//     monaco/vs/…   the monaco-editor files its editor loads (the UI's build
//                   names monaco-editor 0.18.1 on jsdelivr)
//     icons/…       the Material Icons font its buttons use (Google Fonts)
//     vendor.json   versions, lockfile integrity and SHA-256 of every file
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
const out = join(here, "dist");
const sha256 = (b) => createHash("sha256").update(b).digest("hex");

// pkg checks that node_modules holds the locked version of name and returns
// its directory and lockfile entry.
function pkg(name) {
  const locked = lock.packages[`node_modules/${name}`];
  if (!locked) throw new Error(`${name} is not in package-lock.json`);
  const dir = join(here, "node_modules", name);
  const installed = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  if (installed !== locked.version) {
    throw new Error(`node_modules has ${name} ${installed}, the lockfile pins ${locked.version}: run npm ci`);
  }
  return { dir, locked };
}

// cytoscape, for the analyst page.
{
  const { dir, locked } = pkg("cytoscape");
  const js = readFileSync(join(dir, "dist", "cytoscape.min.js"));
  if (!js.includes(`.version="${locked.version}"`)) {
    throw new Error(`cytoscape.min.js does not declare version ${locked.version}`);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "cytoscape.min.js"), js);
  writeFileSync(join(out, "cytoscape.LICENSE"), readFileSync(join(dir, "LICENSE")));
  const stamp = {
    package: "cytoscape",
    version: locked.version,
    integrity: locked.integrity,
    file: "cytoscape.min.js",
    sha256: sha256(js),
  };
  writeFileSync(join(out, "cytoscape.json"), JSON.stringify(stamp, null, 2) + "\n");
  console.log(`web/dist: cytoscape ${stamp.version} (${js.length} bytes, sha256 ${stamp.sha256})`);
}

// vis-timeline, for the page's time axis: the standalone build (vis-data,
// moment and the rest bundled in, so no peer packages are installed: see
// .npmrc) and its stylesheet. The build also tries to inject that CSS as
// a <style> element, which the page's Content-Security-Policy refuses; the
// page loads the same CSS as a file instead.
{
  const { dir, locked } = pkg("vis-timeline");
  const js = readFileSync(join(dir, "standalone", "umd", "vis-timeline-graph2d.min.js"));
  const css = readFileSync(join(dir, "styles", "vis-timeline-graph2d.min.css"));
  if (!js.includes(`@version ${locked.version}`)) {
    throw new Error(`vis-timeline-graph2d.min.js does not declare version ${locked.version}`);
  }
  writeFileSync(join(out, "vis-timeline-graph2d.min.js"), js);
  writeFileSync(join(out, "vis-timeline-graph2d.min.css"), css);
  writeFileSync(join(out, "vis-timeline.LICENSE"), readFileSync(join(dir, "LICENSE.MIT.txt")));
  const stamp = {
    package: "vis-timeline",
    version: locked.version,
    integrity: locked.integrity,
    file: "vis-timeline-graph2d.min.js",
    sha256: sha256(js),
    css: "vis-timeline-graph2d.min.css",
    css_sha256: sha256(css),
  };
  writeFileSync(join(out, "vis-timeline.json"), JSON.stringify(stamp, null, 2) + "\n");
  console.log(`web/dist: vis-timeline ${stamp.version} (${js.length} bytes, sha256 ${stamp.sha256})`);
}

// Cayley's UI. Only the files it requests are copied (found by opening /ui/
// in Chromium and logging requests, workers included; the full min/vs is
// 8 MB): the AMD loader, the editor, its worker bootstrap, the JavaScript
// language service with its worker (Gizmo is JavaScript; the UI feeds it
// gizmo.d.ts), JSON (MQL queries and the results pane) and GraphQL.
const ui = join(out, "cayley-ui");
rmSync(ui, { recursive: true, force: true });
const stamp = { packages: [] };
function vendor(name, files) {
  const { dir, locked } = pkg(name);
  const entry = { package: name, version: locked.version, integrity: locked.integrity, files: {} };
  let bytes = 0;
  for (const [to, from] of files) {
    const b = Buffer.isBuffer(from) ? from : readFileSync(join(dir, from));
    mkdirSync(dirname(join(ui, to)), { recursive: true });
    writeFileSync(join(ui, to), b);
    entry.files[to] = sha256(b);
    bytes += b.length;
  }
  stamp.packages.push(entry);
  console.log(`web/dist/cayley-ui: ${name} ${locked.version} (${files.length} files, ${bytes} bytes)`);
  return { dir, locked };
}

const monacoFiles = [
  "loader.js",
  "editor/editor.main.js",
  "editor/editor.main.css",
  "editor/editor.main.nls.js",
  "base/worker/workerMain.js",
  "language/typescript/tsMode.js",
  "language/typescript/tsWorker.js",
  "language/json/jsonMode.js",
  "language/json/jsonWorker.js",
  "basic-languages/javascript/javascript.js",
  "basic-languages/graphql/graphql.js",
];
vendor("monaco-editor", [
  ...monacoFiles.map((f) => [`monaco/vs/${f}`, `min/vs/${f}`]),
  ["monaco/LICENSE", "LICENSE"],
  ["monaco/ThirdPartyNotices.txt", "ThirdPartyNotices.txt"],
]);

// The icon font: the package's CSS for the filled "Material Icons" (the
// @font-face and the .material-icons class Google Fonts' stylesheet gives),
// pointing at the woff2 file only, which every browser the UI runs in reads.
{
  const { dir } = pkg("material-icons");
  const css = readFileSync(join(dir, "iconfont", "filled.css"), "utf8");
  const src = `src: url("./material-icons.woff2") format("woff2"), url("./material-icons.woff") format("woff");`;
  if (!css.includes(src)) throw new Error("material-icons/iconfont/filled.css: font src not as expected");
  vendor("material-icons", [
    ["icons/material-icons.css", Buffer.from(css.replace(src, `src: url("material-icons.woff2") format("woff2");`))],
    ["icons/material-icons.woff2", "iconfont/material-icons.woff2"],
    ["icons/LICENSE", "LICENSE"],
  ]);
}
writeFileSync(join(ui, "vendor.json"), JSON.stringify(stamp, null, 2) + "\n");
