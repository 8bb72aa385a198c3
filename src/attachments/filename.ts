/**
 * File names as casedesk keeps and sends them. A name comes from a browser, an e-mail or a fax
 * machine and is shown to people and sent back in a header, so it is neutralised, never trusted:
 * the changes made are reported by a stable code each.
 */
export type FilenameAdjustment =
  | "path_removed"
  | "control_characters_removed"
  | "bidi_controls_removed"
  | "reserved_characters_replaced"
  | "leading_dots_removed"
  | "reserved_name"
  | "truncated"
  | "empty";

export const FILENAME_MAX_CHARS = 200;

// C0 and C1 controls, DEL; bidirectional and invisible formatting characters that can make
// "invoice‮fdp.exe" read as "invoiceexe.pdf"
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function sanitiseFilename(raw: string | undefined | null, fallback = "attachment"): { filename: string; adjustments: FilenameAdjustment[] } {
  const adjustments = new Set<FilenameAdjustment>();
  let name = (raw ?? "").toWellFormed().normalize("NFC");
  const withoutControls = name.replace(CONTROLS, "");
  if (withoutControls !== name) adjustments.add("control_characters_removed");
  name = withoutControls;
  const withoutBidi = name.replace(BIDI, "");
  if (withoutBidi !== name) adjustments.add("bidi_controls_removed");
  name = withoutBidi;
  const lastSegment = name.split(/[/\\]/).pop() ?? "";
  if (lastSegment !== name) adjustments.add("path_removed");
  name = lastSegment;
  const replaced = name.replace(RESERVED, "_");
  if (replaced !== name) adjustments.add("reserved_characters_replaced");
  name = replaced.replace(/\s+/g, " ").trim();
  const undotted = name.replace(/^\.+/, "").replace(/[. ]+$/, "");
  if (undotted !== name) adjustments.add("leading_dots_removed");
  name = undotted;
  if (WINDOWS_DEVICE.test(name)) {
    adjustments.add("reserved_name");
    name = `_${name}`;
  }
  if ([...name].length > FILENAME_MAX_CHARS) {
    adjustments.add("truncated");
    name = truncateKeepingExtension(name, FILENAME_MAX_CHARS);
  }
  if (name === "") {
    if (raw) adjustments.add("empty");
    name = fallback;
  }
  return { filename: name, adjustments: [...adjustments] };
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  if (extension.length === 0 || extension.length > 16) return chars.slice(0, max).join("").trim();
  const stem = [...name.slice(0, dot)].slice(0, max - extension.length).join("").trim();
  return stem + extension.join("");
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback and the exact name in RFC 5987's
 * `filename*=UTF-8''…` (RFC 6266). Nothing of the name can end the header or add a parameter.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_") || "attachment";
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
