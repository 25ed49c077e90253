// ncc writes one file per dynamic-import chunk; stale chunks from an older build must not linger.
import { rmSync } from "node:fs";
rmSync(new URL("../dist/", import.meta.url), { recursive: true, force: true });
