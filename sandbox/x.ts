import { readFileSync } from "node:fs";
import { readDocument } from "./fidelity/extract.ts";

const d = process.argv[2];
const r = readDocument(readFileSync(`sandbox/fidelity/documents/${d}.txt`, "utf8"));
for (const x of r.examples) console.log(`${x.endpoint}#${x.ordinal}`, x.kind, x.line, JSON.stringify(x.json).slice(0, 150));
