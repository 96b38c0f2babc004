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
