import { BlockList, isIP } from "node:net";

/** Where webhooks may go. @example const policy: WebhookUrlPolicy = { allowHttp: false, allowPrivateAddresses: false }; */
export interface WebhookUrlPolicy {
  /** `http:` URLs (development only); otherwise `https:` is required. */
  readonly allowHttp: boolean;
  /** Loopback, private, link-local and other non-public addresses (tests and local development). */
  readonly allowPrivateAddresses: boolean;
}

/** Production's policy: https to public addresses only. */
export const STRICT_WEBHOOK_URL_POLICY: WebhookUrlPolicy = { allowHttp: false, allowPrivateAddresses: false };

/** Addresses no webhook may reach unless private addresses are allowed (RFC 6890 special-purpose ranges). */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["::ffff:0:0", 96],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, "ipv6");
}

/**
 * Whether an IP address is public (not loopback, private, link-local, reserved or multicast).
 * An IPv4-mapped IPv6 address is judged by its IPv4 part.
 *
 * @example
 * isPublicAddress("10.1.2.3"); // false
 * isPublicAddress("93.184.216.34"); // true
 */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped !== null) return isPublicAddress(mapped[1]!);
  const family = isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * Checks a webhook URL as written: a parseable absolute URL, https (or http when allowed), no
 * credentials, and — when the host is an IP literal or `localhost` — a public address unless private
 * ones are allowed. Host names are checked again against each address they resolve to when a delivery
 * connects (see `deliver.ts`), so DNS cannot smuggle a private address in later.
 *
 * @example
 * checkWebhookUrl("http://127.0.0.1:9000/hooks", STRICT_WEBHOOK_URL_POLICY); // "webhook URLs must use https"
 */
export function checkWebhookUrl(value: string, policy: WebhookUrlPolicy): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "expected an absolute URL";
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && policy.allowHttp)) {
    return policy.allowHttp ? "webhook URLs must use http or https" : "webhook URLs must use https";
  }
  if (url.username !== "" || url.password !== "") return "webhook URLs may not carry credentials";
  if (policy.allowPrivateAddresses) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "webhook URLs may not point at this machine";
  if (isIP(host) !== 0 && !isPublicAddress(host)) {
    return "webhook URLs must reach a public address (private, loopback and link-local addresses are refused)";
  }
  return undefined;
}
