/** A mailto: link that opens the user's mail program with recipients, subject and body filled in (RFC 6068). */
export function mailtoLink(recipients: string[], subject: string, body: string): string {
  const to = recipients.map((address) => encodeURIComponent(address.trim())).join(',');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}
