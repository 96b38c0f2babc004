// Reads a marketplace document (the text of its PDF, copied into documents/) into its endpoints and
// its JSON examples. The text is what a PDF export gives: page markers, keys broken by spaces
// ("refu ndId"), `//` comments, missing and trailing commas. An example is a top-level { … } or [ … ]
// block; it belongs to the endpoint written last before it and is a request or a response by the
// label before it ("Örnek Request", "HTTP Body", "Örnek Response", "HTTP Response", …).

export interface DocEndpoint {
  method: string;
  /** The path with its parameters as {name}: "/orders/{id}/divide". */
  path: string;
  line: number;
}

export interface DocExample {
  /** "POST /product/updatePrice-v2" */
  endpoint: string;
  /** What the label before it says it is; the fidelity cases decide how it is used. */
  kind: "request" | "response";
  /** 1 for the endpoint's first example (request or response), 2 for the second… */
  ordinal: number;
  line: number;
  json: unknown;
}

export interface DocReading {
  endpoints: DocEndpoint[];
  examples: DocExample[];
  /** Blocks that looked like JSON and would not parse even after the repairs, by line. */
  unreadable: Array<{ line: number; endpoint: string; error: string }>;
}

const METHODS = "GET|POST|PUT|PATCH|DELETE";
/** An API address on a documented host: Pazarama's {baseurl}, its API and token hosts, Beymen's stage and production hosts. */
const API_URL =
  /https?:\/\/(?:\{baseurl\}|isortagimapi\.pazarama\.com|isortagimgiris\.pazarama\.com|(?:stage-)?partner-api\.?beymen\.com|stage-partner-apibeymen\.com)\s*((?:\/\s?[^\s?,[]*)+)/i;
const METHOD_BEFORE = new RegExp(`\\b(${METHODS})\\b\\s*:?\\s*https?:`, "i");
const METHOD_AFTER = new RegExp(`\\[(${METHODS})\\]`, "i");
const SERVICE_TYPE = new RegExp(`Servis\\s*[Tt]ipi\\s*:?\\s*(${METHODS})`, "i");
/** "GET:", "POST : {", "PUT:{" — a method label for the address above it. */
const METHOD_LABEL = new RegExp(`^(${METHODS})\\s*:`, "i");
const RESPONSE_LABEL = /(response|yanıt)/i;
const REQUEST_LABEL = /(request|http body|istek)/i;

/** A document path with every parameter as {id} (a GUID, a number or a {name} alike), so that "/orders/{mpOrderId}/divide" and "/orders/{id}/divide" are one endpoint. */
export function normalisePath(raw: string): string {
  const path = raw
    .replace(/\s+/g, "")
    .replace(/[.,;:]+$/, "")
    .replace(/\/+$/, "")
    .split("/")
    .map((seg) => (/^\{[^}]*\}$/.test(seg) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(seg) || /^\d+$/.test(seg) ? "{id}" : seg))
    .join("/");
  return path || "/";
}

/** Makes a PDF-exported JSON block parseable: page markers, comments, strings broken across lines, broken keys, commas. */
export function repairJson(block: string): string {
  const kept = block
    .split("\n")
    .filter((l) => l.trim() !== "---PAGE---")
    .map((l) => l.replace(/\s\/\/.*$/, "").replace(/^\s*\/\/.*$/, ""))
    // `"phoneNumber" :"null ,` — a quote opened before a null and never closed.
    .map((l) => l.replace(/:\s*"null\s*,\s*$/, ": null,"))
    .join("\n");
  // A line break inside a string is the export's wrap: the string goes on.
  let text = "";
  let inString = false;
  for (let i = 0; i < kept.length; i++) {
    const ch = kept[i];
    if (ch === '"' && kept[i - 1] !== "\\") inString = !inString;
    if (inString && ch === "\n") continue;
    text += ch;
  }
  // "236730742örnek" ("örnek" = example) after a bare number in the bulk-status example.
  text = text.replace(/(\d)örnek\b/g, "$1");
  // Keys broken by spaces in the export: "refu ndStatus" → "refundStatus" (keys never hold spaces here).
  text = text.replace(/"([A-Za-z_][A-Za-z0-9_ ]*)"(\s*:)/g, (_m, key: string, colon: string) => `"${key.replace(/\s+/g, "")}"${colon}`);
  // A value followed on the next line by another key or value, with the comma missing.
  text = text.replace(/("|\d|true|false|null|\]|\})(\s*\n\s*)("|\{)/g, "$1,$2$3");
  // Trailing commas before a closing bracket.
  text = text.replace(/,(\s*[}\]])/g, "$1");
  return text;
}

/** A block that is not JSON at all (a C# enum in braces, an empty skeleton): not an example. */
function isJsonLike(block: string): boolean {
  const inner = block
    .replace(/---PAGE---/g, "")
    .trim()
    .slice(1)
    .trim();
  return inner === "" || /^["{[}\]]/.test(inner);
}

/** The endpoints and examples of one document. */
export function readDocument(text: string): DocReading {
  const lines = text.split("\n");
  const endpoints: DocEndpoint[] = [];
  const examples: DocExample[] = [];
  const unreadable: DocReading["unreadable"] = [];
  let current: string | null = null;
  let pendingMethod: string | null = null;
  let label: "request" | "response" | null = null;
  const seen = new Set<string>();
  const addEndpoint = (method: string, rawPath: string, line: number) => {
    const path = normalisePath(rawPath);
    current = `${method} ${path}`;
    if (!seen.has(current)) {
      seen.add(current);
      endpoints.push({ method, path, line });
    }
  };

  let serviceLine = -100;
  let lastUrl: { path: string; line: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    const service = SERVICE_TYPE.exec(line);
    if (service) {
      pendingMethod = service[1].toUpperCase();
      serviceLine = i;
    }
    const url = API_URL.exec(line);
    if (url && !trimmed.startsWith('"')) {
      // A path the export broke across lines ends with "-"; its rest is on the next line.
      let path = url[1];
      if (path.endsWith("-") && lines[i + 1]) path += lines[i + 1].trim().split(/[\s?]/)[0];
      const method = (METHOD_BEFORE.exec(line)?.[1] ?? METHOD_AFTER.exec(line)?.[1] ?? (i - serviceLine <= 8 ? pendingMethod : null))?.toUpperCase();
      lastUrl = { path, line: i + 1 };
      // An address the document gives no method for is "?"; the fidelity cases say which one its example implies.
      addEndpoint(method ?? "?", path, i + 1);
      label = null;
      continue;
    }
    const methodLabel = METHOD_LABEL.exec(trimmed);
    if (methodLabel && lastUrl && i - lastUrl.line < 80) {
      addEndpoint(methodLabel[1].toUpperCase(), lastUrl.path, i + 1);
      label = /[{[]\s*$/.test(trimmed) ? "request" : null;
      if (/[{[]\s*$/.test(trimmed)) {
        // "POST : {" — the example starts on this line.
        lines[i] = trimmed.slice(trimmed.search(/[{[]/));
        i--;
        continue;
      }
      continue;
    }
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      const start = i;
      const open: string[] = [];
      const block: string[] = [];
      for (; i < lines.length; i++) {
        const l = lines[i];
        // An example the document never closed ends where the prose goes on: a label, a method, an address.
        if (i > start && open.length && /^(Örnek|Servis\s*[Tt]ipi|Response|Request|HTTP |Not\s*:|NOT\s*:|https?:\/\/)/i.test(l.trim())) {
          i--;
          break;
        }
        let inString = false;
        let end = l.length;
        for (let k = 0; k < l.length; k++) {
          const ch = l[k];
          if (ch === '"' && l[k - 1] !== "\\") inString = !inString;
          else if (!inString && (ch === "{" || ch === "[")) open.push(ch === "{" ? "}" : "]");
          else if (!inString && (ch === "}" || ch === "]")) {
            open.pop();
            if (!open.length) {
              // "}ParametreVeri Tipi…": the table the export glued to the closing brace is not the example's.
              end = k + 1;
              break;
            }
          }
        }
        block.push(l.slice(0, end));
        if (!open.length) break;
      }
      // Close what the document left open.
      if (open.length) block.push(open.reverse().join(""));
      const endpoint = current ?? "ANY *";
      const kind = label ?? "response";
      if (!isJsonLike(block.join("\n"))) {
        label = null;
        continue;
      }
      try {
        const json = JSON.parse(repairJson(block.join("\n")));
        examples.push({ endpoint, kind, ordinal: 0, line: start + 1, json });
      } catch (err) {
        unreadable.push({ line: start + 1, endpoint, error: (err as Error).message });
      }
      label = null;
      continue;
    }
    if (/^(response|yanıt)/i.test(trimmed) || (RESPONSE_LABEL.test(trimmed) && trimmed.length < 60)) label = "response";
    else if (REQUEST_LABEL.test(trimmed) && trimmed.length < 60) label = "request";
  }
  // An address without a method that the document also gives with one (an example URL in the prose, a
  // repeat) is that endpoint; its examples go with it.
  const known = new Map<string, string[]>();
  for (const e of endpoints) if (e.method !== "?") known.set(e.path, [...(known.get(e.path) ?? []), e.method]);
  for (const x of examples) {
    const [method, path] = x.endpoint.split(" ");
    const methods = known.get(path);
    if (method === "?" && methods?.length === 1) x.endpoint = `${methods[0]} ${path}`;
  }
  const ordinals = new Map<string, number>();
  for (const x of examples) {
    x.ordinal = (ordinals.get(x.endpoint) ?? 0) + 1;
    ordinals.set(x.endpoint, x.ordinal);
  }
  return { endpoints: endpoints.filter((e) => e.method !== "?" || !known.has(e.path)), examples, unreadable };
}
