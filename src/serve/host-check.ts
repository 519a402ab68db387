// Which Host headers the server answers: its own address and localhost with its port, plus `--allowed-host` names (DNS rebinding defense).
import { isIP } from 'node:net';

export interface HostCheck {
  /** True when a request whose URL has this host (`name:port`, as WHATWG URL writes it) may be answered. */
  allows(host: string): boolean;
  /** What is accepted, for the refusal message. */
  describe(): string;
}

/**
 * `port` is read on each request: a server started on port 0 learns its port only once listening.
 * An `--allowed-host` value with a port must match exactly; one without a port matches that name on any port
 * (behind a reverse proxy the Host is the proxy's).
 */
export function hostCheck(listenHost: string, port: () => number, extra: readonly string[] = []): HostCheck {
  const own = () =>
    new Set(
      ['localhost', '127.0.0.1', '[::1]', bracketed(listenHost)]
        .map((name) => parseHost(`${name}:${port()}`)?.host)
        .filter((h): h is string => h !== undefined),
    );
  const exact = new Set<string>();
  const anyPort = new Set<string>();
  for (const raw of extra) {
    const value = raw.trim();
    const parsed = parseHost(bracketed(value));
    if (parsed === null) continue;
    if (/^(?:\[[^\]]+\]|[^:[\]]+):\d+$/.test(value)) exact.add(parsed.host);
    else anyPort.add(parsed.hostname);
  }
  return {
    allows(host) {
      const h = parseHost(host);
      return h !== null && (own().has(h.host) || exact.has(h.host) || anyPort.has(h.hostname));
    },
    describe() {
      return [...own(), ...exact, ...[...anyPort].map((h) => `${h}:*`)].join(', ');
    },
  };
}

/** True when `--allowed-host` can be read as a host name or address, with or without a port. */
export function isHostValue(value: string): boolean {
  return /^[^/?#@\s]+$/.test(value.trim()) && parseHost(bracketed(value.trim())) !== null;
}

/** A host as WHATWG URL writes it (lower case, default port dropped), or null when it is not one. */
function parseHost(host: string): { host: string; hostname: string } | null {
  try {
    const url = new URL(`http://${host}/`);
    return url.pathname === '/' && url.username === '' ? { host: url.host, hostname: url.hostname } : null;
  } catch {
    return null;
  }
}

/** An IPv6 address in brackets, as a Host header carries it; names and IPv4 as they are. */
function bracketed(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}
