import { expect, type Locator, type Page } from '@playwright/test';
import { SitePage } from './site-page';
import { content } from '../content';

const copy = content('booking.json');

/** What a visitor types; windows are `[date, part label]`. */
export interface BookingInput {
  name: string;
  email: string;
  company: string;
  role?: string;
  topic: string;
  traffic?: string;
  message: string;
  windows: [string, string][];
}

/** Fills `{placeholders}` in a content template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/** A regular expression matching a content template with any value in each placeholder. */
export function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+?'));
}

/** The booking page: its fields by label, its buttons by role, its status and confirmation. */
export class BookingPage extends SitePage {
  readonly copy = copy;
  readonly name: Locator;
  readonly email: Locator;
  readonly company: Locator;
  readonly role: Locator;
  readonly topic: Locator;
  readonly traffic: Locator;
  readonly message: Locator;
  readonly timezone: Locator;
  readonly submit: Locator;
  readonly summary: Locator;
  readonly status: Locator;
  readonly statusText: Locator;
  readonly confirmation: Locator;

  constructor(page: Page) {
    super(page);
    const f = copy.fields;
    this.name = page.getByLabel(f.name.label, { exact: true });
    this.email = page.getByLabel(f.email.label, { exact: true });
    this.company = page.getByLabel(f.company.label, { exact: true });
    this.role = page.getByLabel(`${f.role.label} ${copy.optional_mark}`, { exact: true });
    this.topic = page.getByLabel(f.topic.label, { exact: true });
    this.traffic = page.getByLabel(`${f.traffic.label} ${copy.optional_mark}`, { exact: true });
    this.message = page.getByLabel(f.message.label, { exact: true });
    this.timezone = page.getByLabel(f.timezone.label, { exact: true });
    this.submit = page.getByRole('button', { name: copy.submit, exact: true });
    this.summary = page.getByRole('alert');
    this.status = page.getByRole('status');
    // The visible status line (the live region above says the same, without the countdown).
    this.statusText = page.locator('#booking-status-text');
    this.confirmation = page.getByRole('region', { name: copy.confirmation.heading });
  }

  async open() {
    await this.goto('/book');
    await expect(this.heading).toHaveText(copy.page.heading);
  }

  /** The fieldset of preferred window `n` (1-based). */
  window(n: number): Locator {
    const legend = fill(copy.windows.window, { n });
    return this.page.getByRole('group', { name: n > 2 ? `${legend} ${copy.optional_mark}` : legend, exact: true });
  }

  /** The date of window `n`; the optional third window's labels say "(optional)". */
  windowDate(n: number): Locator {
    return this.window(n).getByLabel(n > 2 ? `${copy.windows.date} ${copy.optional_mark}` : copy.windows.date, { exact: true });
  }

  windowPart(n: number): Locator {
    return this.window(n).getByLabel(n > 2 ? `${copy.windows.part} ${copy.optional_mark}` : copy.windows.part, { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  mailLink(): Locator {
    return this.page.getByRole('link', { name: copy.status.mailto, exact: true });
  }

  async fillBooking(input: BookingInput) {
    await this.name.fill(input.name);
    await this.email.fill(input.email);
    await this.company.fill(input.company);
    if (input.role) await this.role.fill(input.role);
    await this.topic.selectOption({ label: input.topic });
    if (input.traffic) await this.traffic.fill(input.traffic);
    await this.message.fill(input.message);
    for (const [i, [date, part]] of input.windows.entries()) {
      await this.windowDate(i + 1).fill(date);
      await this.windowPart(i + 1).selectOption({ label: part });
    }
  }

  /** A part of the day's option text, e.g. "Morning (09:00–12:00)". */
  partLabel(index = 0): string {
    const part = copy.windows.parts[index];
    return fill(copy.windows.part_option, { part: part.label, start: part.start, end: part.end });
  }

  /** Starts keeping every text the status line shows, even ones that last a few ms. */
  async recordStatuses() {
    await this.page.evaluate(() => {
      const line = document.getElementById('booking-status-text')!;
      const seen: string[] = ((window as any).__statuses = []);
      new MutationObserver(() => seen.push(line.textContent ?? '')).observe(line, { childList: true, characterData: true, subtree: true });
    });
  }

  /** Every text the status line has shown since `recordStatuses()`. */
  async statuses(): Promise<string[]> {
    return this.page.evaluate(() => (window as any).__statuses as string[]);
  }

  async expectConfirmed() {
    await expect(this.confirmation).toBeVisible({ timeout: 30_000 });
    await expect(this.page.getByRole('heading', { name: copy.confirmation.heading })).toBeFocused();
  }
}
