// Money helpers. Amounts are exact decimal strings; kuruş (minor units) are integers.
export function fromMinorUnits(minor: number): string {
  if (!Number.isInteger(minor)) throw new Error(`minor units must be an integer: ${minor}`);
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Rounds a marketplace double to 2 places once, half away from zero, and returns it exact. */
export function fromDouble(value: number): string {
  return fromMinorUnits(toMinorUnits(value));
}

export function toMinorUnits(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9);
}

/** Turkish marketplaces write the lira as "TL"; ISO 4217 says "TRY". */
export function currencyCode(code: string | null | undefined): string {
  if (!code || code.toUpperCase() === "TL") return "TRY";
  return code.toUpperCase();
}

export function money(minor: number, currency = "TRY") {
  return { amount: fromMinorUnits(minor), currency };
}

/** A decimal string with at most 2 places (e.g. "12.5") in minor units, exactly; null when it is not one. */
export function decimalToMinor(value: string): number | null {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0")) : null;
}

/** An amount plus a markup in percent (up to 2 decimals), rounded half up to the kuruş, exactly. */
export function withMarkup(amount: string, markupPercent: string): string {
  const minor = decimalToMinor(amount);
  const basis = decimalToMinor(markupPercent); // hundredths of a percent
  if (minor === null || basis === null) throw new Error(`not an amount: ${amount} / ${markupPercent}`);
  return fromMinorUnits(Number((BigInt(minor) * BigInt(10_000 + basis) + 5_000n) / 10_000n));
}

/** A markup in percent as publishPrices takes it: 0 to 1000, at most 2 decimals. */
export function isMarkupPercent(value: string): boolean {
  const basis = decimalToMinor(value);
  return basis !== null && basis <= 100_000;
}
