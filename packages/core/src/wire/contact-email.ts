// RFC 5322 atext: the characters a dot-atom local part may use. No quoted local parts, so no
// spaces, quotes, angle brackets, commas, parentheses or backslashes can get in.
const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// A DNS label: letters, digits and inner hyphens (IDNs arrive as xn-- punycode).
const label = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A conservative check of an addr-spec (RFC 5321/5322): one `@`, a dot-atom local part of at most
 * 64 characters, a domain name of at least two labels (no address literals, no bare host) whose
 * top level has a letter and two characters, 254 characters in all. Stricter than the RFCs on
 * purpose: the address is shown to people and handed to CRMs and mailers, where markup, quotes or
 * line breaks in it are an injection, and no real mailbox needs them.
 */
export function isContactEmail(address: string): boolean {
  if (address.length > 254) return false;
  const at = address.indexOf('@');
  if (at < 1 || at !== address.lastIndexOf('@')) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !localPart.test(local)) return false;
  if (domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((part) => label.test(part))) return false;
  const top = labels[labels.length - 1]!;
  return top.length >= 2 && /[A-Za-z]/.test(top);
}
