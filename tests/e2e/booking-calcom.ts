import { expect } from '@playwright/test';
import { control } from './booking-endpoint';

const port = Number(process.env.E2E_PORT ?? 4173);

/** One planned answer of the stand-in (see tests/support/calcom-standin.mjs). */
export interface CalcomStep {
  status?: number;
  body?: unknown;
  drop?: boolean;
  hang?: boolean;
  book?: boolean;
  delayMs?: number;
}

export interface CalcomRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: any;
}

/** The Cal.com stand-in that playwright.config.ts starts, and the site built for it. */
export class CalcomStandIn {
  static readonly origin = `http://127.0.0.1:${port + 4}`;
  static readonly site = `http://127.0.0.1:${port + 5}`;

  private call(method: string, path: string, body?: unknown) {
    return control(CalcomStandIn.origin, method, path, body);
  }

  async reset() {
    await this.call('POST', '/__control/reset');
  }

  /** Sets the open times (UTC ms). */
  async open(starts: number[]) {
    await this.call('POST', '/__control/open', { starts: starts.map((ms) => new Date(ms).toISOString()) });
  }

  async plan(plan: { slots?: CalcomStep[]; bookings?: CalcomStep[] }) {
    await this.call('POST', '/__control/plan', plan);
  }

  async requests(): Promise<CalcomRequest[]> {
    return this.call('GET', '/__control/requests');
  }

  async slotReads(): Promise<CalcomRequest[]> {
    return (await this.requests()).filter((r) => r.path === '/v2/slots');
  }

  async bookingPosts(): Promise<CalcomRequest[]> {
    return (await this.requests()).filter((r) => r.path === '/v2/bookings');
  }

  async bookings(): Promise<any[]> {
    return this.call('GET', '/__control/bookings');
  }

  async preflights(): Promise<{ path: string; headers: string[]; allowed: boolean }[]> {
    return this.call('GET', '/__control/preflights');
  }

  /** Books a time directly, as another visitor would. */
  async bookAsSomeoneElse(startMs: number) {
    const res = await fetch(`${CalcomStandIn.origin}/v2/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cal-api-version': '2024-08-13' },
      body: JSON.stringify({
        start: new Date(startMs).toISOString(),
        eventTypeId: 4242,
        attendee: { name: 'Someone', email: 'someone@example.com', timeZone: 'UTC' },
      }),
    });
    expect(res.status).toBe(201);
  }
}

/** A time as the visitor reads it in `zone`, e.g. "9:00 AM". */
export function timeIn(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(ms).replace(/\s/g, ' ');
}

/** The date (YYYY-MM-DD) of `ms` in `zone`. */
export function dateIn(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}
