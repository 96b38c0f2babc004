// Istanbul time, and Turkish text as search compares it. Turkey has kept UTC+03:00 all year since
// 2016, so a fixed offset is exact for the dates the marketplaces send. Marketplaces send local time
// without an offset; we add "+03:00".
export const ISTANBUL_OFFSET = "+03:00";
const OFFSET_MS = 3 * 60 * 60 * 1000;

const TR_MONTHS: Record<string, number> = {
  ocak: 1,
  şubat: 2,
  mart: 3,
  nisan: 4,
  mayıs: 5,
  haziran: 6,
  temmuz: 7,
  ağustos: 8,
  eylül: 9,
  ekim: 10,
  kasım: 11,
  aralık: 12,
};

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function iso(y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0): string {
  const frac = ms ? `.${pad(ms, 3)}` : "";
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${frac}${ISTANBUL_OFFSET}`;
}

/**
 * Reads a naive Istanbul local time ("2023-01-25 15:22", "2022-09-13T12:27:32.483", "2023-02-01")
 * or a time that already has an offset, and returns ISO-8601 with an offset. Null for empty input.
 */
export function parseLocalTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return text.replace(" ", "T");
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/.exec(text);
  if (!m) throw new Error(`unreadable local time: ${JSON.stringify(value)}`);
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return iso(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms);
}

/**
 * Reads Pazarama's Turkish-month dates: "1 Mart 2024 10:21", "6Ekim2021 19 :46", "6 Ekim 2021".
 * Spaces are optional (the documents' own examples lose them), the month is matched case-insensitively
 * with Turkish letters.
 */
export function parseTurkishDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.toLocaleLowerCase("tr-TR").replace(/\s+/g, "");
  const m = /^(\d{1,2})([a-zçğıöşü]+)(\d{4})(?:(\d{1,2}):(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`unreadable Turkish date: ${JSON.stringify(value)}`);
  const month = TR_MONTHS[m[2]];
  if (!month) throw new Error(`unknown Turkish month in ${JSON.stringify(value)}`);
  return iso(+m[3], month, +m[1], +(m[4] ?? 0), +(m[5] ?? 0), 0);
}

/** The Istanbul wall-clock parts of an instant. */
export function istanbulParts(instant: Date | string | number) {
  const d = new Date(new Date(instant).getTime() + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Formats an instant as naive Istanbul "YYYY-MM-DDTHH:mm" (the form Pazarama's order filter takes). */
export function toIstanbulMinute(instant: Date | string | number): string {
  const p = istanbulParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Formats an instant as ISO-8601 in Istanbul time with the +03:00 offset. */
export function toIstanbulIso(instant: Date | string | number): string {
  const p = istanbulParts(instant);
  return iso(p.year, p.month, p.day, p.hour, p.minute, p.second);
}

/** Istanbul wall-clock time to the millisecond, without offset ("2022-09-13T12:27:32.483"), as Beymen writes and reads dates. */
export function toIstanbulNaiveMs(instant: Date | string | number): string {
  return new Date(new Date(instant).getTime() + 3 * 3600_000).toISOString().slice(0, 23);
}

/** Adds calendar months in UTC (Istanbul has no DST, so the day arithmetic is the same). */
export function addMonths(instant: Date, months: number): Date {
  const d = new Date(instant.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * Folds text for Turkish-aware search: Turkish lower-casing ("İ"→"i", "I"→"ı"), then "ı" and "i"
 * treated alike, so "ISTANBUL", "istanbul" and "İstanbul" all match one another.
 */
export function foldTurkish(text: string): string {
  return text.toLocaleLowerCase("tr-TR").replace(/ı/g, "i").normalize("NFC");
}

/** Text for a LIKE pattern, its own %, _ and \ matched literally (with ESCAPE '\'). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
