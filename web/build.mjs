// Copies cytoscape's minified build from node_modules (installed by `npm ci`
// at the version pinned in package-lock.json) into dist/, which the Go
// binary embeds (web/web.go). dist/ is committed, so `go build` needs no npm;
// `make web` reruns this. The output depends only on the lockfile: same
// lockfile, same bytes.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
const locked = lock.packages["node_modules/cytoscape"];
if (!locked) throw new Error("cytoscape is not in package-lock.json");

const pkgDir = join(here, "node_modules", "cytoscape");
const installed = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
if (installed !== locked.version) {
  throw new Error(`node_modules has cytoscape ${installed}, the lockfile pins ${locked.version}: run npm ci`);
}

const js = readFileSync(join(pkgDir, "dist", "cytoscape.min.js"));
if (!js.includes(`.version="${locked.version}"`)) {
  throw new Error(`cytoscape.min.js does not declare version ${locked.version}`);
}
const out = join(here, "dist");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "cytoscape.min.js"), js);
writeFileSync(join(out, "cytoscape.LICENSE"), readFileSync(join(pkgDir, "LICENSE")));
const stamp = {
  package: "cytoscape",
  version: locked.version,
  integrity: locked.integrity,
  file: "cytoscape.min.js",
  sha256: createHash("sha256").update(js).digest("hex"),
};
writeFileSync(join(out, "cytoscape.json"), JSON.stringify(stamp, null, 2) + "\n");
console.log(`web/dist: cytoscape ${stamp.version} (${js.length} bytes, sha256 ${stamp.sha256})`);
