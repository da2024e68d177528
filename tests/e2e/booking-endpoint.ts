import { expect } from '@playwright/test';

/** One answer the mock endpoint gives (see tests/support/booking-endpoint.mjs). */
export interface Step {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  drop?: boolean;
}

export interface RecordedRequest {
  key: string | null;
  contentType: string | null;
  accept: string | null;
  origin: string | null;
  email: string;
  body: any;
  answer: number | string | null;
}

/** The mock booking endpoint that playwright.config.ts starts, scoped to one test's email address. */
/** One call to a test server's control API (JSON in and out); it must answer 2xx. */
export async function control(origin: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${origin}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.ok, `${method} ${path}`).toBe(true);
  return res.json();
}

export class BookingEndpoint {
  static readonly port = Number(process.env.BOOKING_MOCK_PORT);
  static readonly origin = `http://127.0.0.1:${BookingEndpoint.port}`;
  static readonly url = `${BookingEndpoint.origin}/bookings`;

  constructor(readonly email: string) {}

  /** A unique work email per test, so parallel tests never share records. */
  static forTest(testId: string): BookingEndpoint {
    const id = `${testId}-${Date.now().toString(36)}`.replace(/[^a-z0-9-]/gi, '').toLowerCase();
    return new BookingEndpoint(`booking-${id}@example.com`);
  }

  private call(method: string, path: string, body?: unknown) {
    return control(BookingEndpoint.origin, method, path, body);
  }

  async plan(steps: Step[]) {
    await this.call('POST', '/__control/plan', { email: this.email, steps });
  }

  async requests(): Promise<RecordedRequest[]> {
    return this.call('GET', `/__control/requests?email=${encodeURIComponent(this.email)}`);
  }

  async bookings(): Promise<{ key: string; body: any }[]> {
    return this.call('GET', `/__control/bookings?email=${encodeURIComponent(this.email)}`);
  }

  async preflights(): Promise<{ origin: string; method: string; headers: string }[]> {
    return this.call('GET', '/__control/preflights');
  }

  async reset() {
    await this.call('POST', `/__control/reset?email=${encodeURIComponent(this.email)}`);
  }
}
