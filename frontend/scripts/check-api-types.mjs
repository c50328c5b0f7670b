// Fails when src/shared/api/schema.d.ts is not what openapi-typescript makes of openapi.json,
// so drift between the backend's contract and the committed types is caught in CI.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const committed = join(root, "src/shared/api/schema.d.ts");
const require = createRequire(import.meta.url);
const pkgPath = require.resolve("openapi-typescript/package.json");
const cli = join(dirname(pkgPath), JSON.parse(readFileSync(pkgPath, "utf8")).bin["openapi-typescript"]);

const dir = mkdtempSync(join(tmpdir(), "kundval-api-"));
try {
  const fresh = join(dir, "schema.d.ts");
  execFileSync(process.execPath, [cli, join(root, "openapi.json"), "-o", fresh], { stdio: "pipe" });
  if (readFileSync(fresh, "utf8") !== readFileSync(committed, "utf8")) {
    console.error(
      "src/shared/api/schema.d.ts is out of date with openapi.json. Run `npm run gen:api` and commit the result.",
    );
    process.exitCode = 1;
  } else {
    console.log("API types are up to date.");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
