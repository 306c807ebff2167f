import { fail, ok, type Result } from "../errors/index.js";

/** Letter values of the VIN check-digit calculation, letter by letter (I, O and Q never appear in a VIN). */
const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
const letterValues = "12345678123457923456789";
/** Position weights 1-17; position 9 (the check digit itself) weighs 0. */
const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

function characterValue(character: string): number | undefined {
  if (character >= "0" && character <= "9") return Number(character);
  const at = letters.indexOf(character);
  return character.length === 1 && at >= 0 ? Number(letterValues[at]) : undefined;
}

/**
 * The check digit a 17-character VIN must carry in position 9: the weighted sum of the
 * transliterated characters modulo 11, with 10 written `X`. Undefined when a character is not
 * allowed (I, O, Q, or anything outside 0-9 A-Z).
 *
 * @see 49 CFR 565.15(c) (check digit); ISO 3779 (VIN structure)
 * @example vinCheckDigit("1M8GDM9AXKP042788") === "X"
 */
export function vinCheckDigit(vin: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = characterValue(vin[i] ?? "");
    if (value === undefined) return undefined;
    sum += value * weights[i]!;
  }
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

/**
 * Validates a vehicle identification number: 17 characters from 0-9 and A-Z without I, O, Q
 * (lower case is accepted and upper-cased), and the check digit in position 9. Codes:
 * `invalid_vin_length`, `invalid_vin_character` (details: position, 1-based) and
 * `invalid_vin_check_digit` (details: expected, found).
 *
 * @see 49 CFR 565.15; ISO 3779
 * @example validateVin("1m8gdm9axkp042788") // ok("1M8GDM9AXKP042788")
 */
export function validateVin(text: string, path: ReadonlyArray<string | number> = ["vin"]): Result<string> {
  const vin = text.trim().toUpperCase();
  if (vin.length !== 17) return fail("invalid_vin_length", `a VIN has 17 characters, not ${vin.length}`, path);
  for (let i = 0; i < 17; i++) {
    if (characterValue(vin[i]!) === undefined) {
      return fail("invalid_vin_character", `"${vin[i]}" at position ${i + 1} is not allowed in a VIN`, path, {
        position: i + 1,
      });
    }
  }
  const expected = vinCheckDigit(vin)!;
  if (vin[8] !== expected) {
    return fail("invalid_vin_check_digit", `check digit is ${vin[8]}, the VIN's characters give ${expected}`, path, {
      expected,
      found: vin[8],
    });
  }
  return ok(vin);
}
