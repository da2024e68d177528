import { type Locator, type Page } from '@playwright/test';
import { SitePage } from './site-page';

/** The home page: its sections as named regions, and the parts inside them, found by role. */
export class HomePage extends SitePage {
  constructor(page: Page) {
    super(page);
  }

  /** A section of the home page, by its heading. */
  section(heading: string): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** The section navigation in the header. */
  get sectionNav(): Locator {
    return this.banner.getByRole('navigation');
  }

  /** The button that opens or closes a question of the accordion. */
  questionButton(question: string): Locator {
    return this.page.getByRole('heading', { level: 3 }).getByRole('button', { name: question, exact: true });
  }
}
