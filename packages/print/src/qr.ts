import { encode } from "uqr";

/** The quiet zone the QR standard asks for around the code, in modules: less and phone cameras miss it. */
const QUIET_ZONE = 4;

/**
 * A QR code as one SVG path of dark modules, so it prints as crisp vector shapes at any size (never a bitmap that
 * a printer's driver could blur). Error correction M survives a fold or a smudge on a poster.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { data, size } = encode(text, { ecc: "M", border: 0 });
  let d = "";
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    });
  });
  return { size: size + 2 * QUIET_ZONE, d };
}
