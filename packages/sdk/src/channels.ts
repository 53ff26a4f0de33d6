import type { ChannelKind } from "./vocabulary.js";

/**
 * The link for a channel: `tel:` with an international number so phones dial it from anywhere, `sms:` with the
 * keyword prefilled, `mailto:`, or the web address itself.
 */
export function channelHref(kind: ChannelKind, value: string, body?: string): string {
  switch (kind) {
    case "phone": {
      const digits = value.replace(/[^\d+]/g, "");
      if (digits.startsWith("+") || digits.length <= 6) return `tel:${digits}`;
      if (digits.length === 10) return `tel:+1${digits}`;
      if (digits.length === 11 && digits.startsWith("1")) return `tel:+${digits}`;
      return `tel:${digits}`;
    }
    case "sms":
      return body ? `sms:${value}?body=${encodeURIComponent(body)}` : `sms:${value}`;
    case "email":
      return `mailto:${value}`;
    default:
      return value;
  }
}
