// End to end: a coordinator adds, edits and disables a library, writes the disclosure in French
// (which reaches a French patron), and watches the Now board change live; a library admin sees
// the same pages limited to her library.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { openPatron, type Patron } from './support/patron.ts';

const FRENCH = 'Une bibliothécaire de {responderLibrary} vous aide pour {patronLibrary}.';

describe.skipIf(!CHROMIUM)('the coordinator’s pages, in Chromium', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let dev: Page;
  let patron: Patron;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    dev = await signIn(browser, server.url, 'dev@coop.example');
  }, 60_000);
  afterAll(async () => {
    patron?.close();
    await browser?.close();
    await server?.close();
  });

  it('adds a library to a group, edits it and disables it', async () => {
    await openPage(dev, 'Libraries');
    await dev.getByRole('row', { name: /Shelbyville Public Library/ }).waitFor();
    await dev.getByRole('button', { name: 'Add a library' }).click();
    const add = dev.getByRole('form', { name: 'Add a library' });
    await add.getByLabel('Id', { exact: true }).fill('ogdenville');
    await add.getByLabel('Name', { exact: true }).fill('Ogdenville College Library');
    await add.getByLabel('Kind').selectOption('academic');
    await add.getByLabel('Group', { exact: true }).selectOption({ label: 'Simpsons County' });
    await add.getByLabel('Time zone').fill('America/Denver');
    await add.getByLabel('Library first').fill('20');
    expect(await accessibilityViolations(dev)).toEqual([]);
    await add.getByRole('button', { name: 'Add library' }).click();
    await dev.getByText('Ogdenville College Library added.').waitFor();
    const row = dev.getByRole('row', { name: /Ogdenville College Library/ });
    await row.getByText('America/Denver').waitFor();
    await row.getByText('Academic').waitFor();

    await row.getByRole('button', { name: 'Edit Ogdenville College Library' }).click();
    const edit = dev.getByRole('form', { name: 'Edit Ogdenville College Library' });
    await expect(edit.getByLabel('Library first').inputValue()).resolves.toBe('20');
    await edit.getByLabel(/staffs the cooperative/).uncheck();
    await edit.getByRole('button', { name: 'Add hours' }).click();
    await edit.getByRole('button', { name: 'Save library' }).click();
    await dev.getByText('Ogdenville College Library saved.').waitFor();
    await row.getByRole('cell', { name: 'No', exact: true }).waitFor();

    await row.getByRole('button', { name: 'Disable Ogdenville College Library' }).click();
    await row.getByText('Disabled').waitFor();
    await dev.screenshot({ path: '/tmp/refdesk-console-libraries.png' });
    expect(await accessibilityViolations(dev)).toEqual([]);
  });

  it('writes the disclosure in French, which a French patron then reads', async () => {
    await openPage(dev, 'Cooperative');
    await dev.getByLabel('Disclosure (default)').waitFor();
    await dev.getByRole('button', { name: 'Add a language' }).click();
    await dev.getByLabel('Language').fill('fr');
    await dev.getByLabel('Text', { exact: true }).fill(FRENCH);
    await dev.getByLabel('Library first').fill('25');
    expect(await accessibilityViolations(dev)).toEqual([]);
    await dev.getByRole('button', { name: 'Save settings' }).click();
    await dev.getByText('Cooperative settings saved.').waitFor();
    await dev.reload();
    await expect(dev.getByLabel('Text', { exact: true }).inputValue()).resolves.toBe(FRENCH);
    await expect(dev.getByLabel('Library first').inputValue()).resolves.toBe('25');
  });

  it('adds and renames a group and writes its policy page', async () => {
    await openPage(dev, 'Groups');
    await dev.getByText('Simpsons County').waitFor();
    await dev.getByLabel('Group id').fill('north-haverbrook');
    await dev.getByLabel('Group name').fill('North Haverbrook');
    await dev.getByRole('button', { name: 'Add group' }).click();
    await dev.getByText('Group North Haverbrook added.').waitFor();
    await dev.getByRole('button', { name: 'Rename North Haverbrook' }).click();
    await dev
      .getByRole('form', { name: 'Rename North Haverbrook' })
      .getByLabel('Name')
      .fill('Haverbrook');
    await dev.getByRole('button', { name: 'Save', exact: true }).click();
    await dev.getByText('Group renamed Haverbrook.').waitFor();
    await dev.getByRole('button', { name: 'Policy page of Simpsons County' }).click();
    await dev
      .getByLabel("What the group's libraries share")
      .fill('One card works at every county library.');
    await dev.getByRole('button', { name: 'Save policy page' }).click();
    await dev.getByText("Simpsons County's policy page saved (version 1).").waitFor();
    expect(await accessibilityViolations(dev)).toEqual([]);
  });

  it('shows a waiting patron, a librarian going online and the chat she takes, live', async () => {
    await openPage(dev, 'Now');
    await dev.getByRole('region', { name: 'Waiting (0)' }).waitFor();
    // Updates can be paused (WCAG 2.2.2) and resumed: what follows arrives after the resume.
    const pause = dev.getByRole('button', { name: 'Pause live updates' });
    await pause.click();
    await expect(pause.getAttribute('aria-pressed')).resolves.toBe('true');
    await pause.click();
    await expect(pause.getAttribute('aria-pressed')).resolves.toBe('false');
    patron = await openPatron(server.url, 'springfield', { locale: 'fr-CA' });
    patron.send({ type: 'ask', clientMessageId: 'fr-1', question: 'Puis-je renouveler ?' });
    // Nobody can take it yet: the patron is told so, and the chat waits.
    await patron.next('offline');
    const waiting = dev.getByRole('region', { name: 'Waiting (1)' });
    await waiting.getByRole('row', { name: /Springfield Public Library/ }).waitFor();

    const ben = await signIn(browser, server.url, 'ben@shelbyville.example');
    await ben.getByRole('radio', { name: 'Cooperative' }).check();
    const online = dev.getByRole('region', { name: /^Online/ });
    await online
      .getByRole('row', { name: /Ben Brooks.*Shelbyville Public Library.*Cooperative/ })
      .waitFor();
    expect(await accessibilityViolations(dev)).toEqual([]);

    const offer = ben.getByRole('listitem').filter({ hasText: 'Puis-je renouveler ?' });
    await offer.getByRole('button', { name: 'Accept' }).click();
    const assigned = await patron.next('assigned');
    expect(assigned.disclosure).toBe(
      'Une bibliothécaire de Shelbyville Public Library vous aide pour Springfield Public Library.',
    );
    const policy = ben.getByRole('complementary', {
      name: 'Springfield Public Library policy page',
    });
    await policy.getByText('One card works at every county library.').waitFor();
    await dev.getByRole('region', { name: 'Waiting (0)' }).waitFor();
    const active = dev.getByRole('region', { name: 'In progress (1)' });
    await active.getByRole('heading', { name: 'Springfield Public Library' }).waitFor();
    await active.getByText(/Ben Brooks \(Shelbyville Public Library\)/).waitFor();
    await dev.screenshot({ path: '/tmp/refdesk-console-now.png' });
    await ben.context().close();
  });

  it('shows a library admin the same pages limited to her own library', async () => {
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await cora.locator('summary', { hasText: 'Manage' }).click();
    await cora.getByRole('link', { name: 'Libraries', exact: true }).waitFor();
    await expect(
      cora.getByRole('link', { name: 'Cooperative', exact: true }).count(),
    ).resolves.toBe(0);
    await openPage(cora, 'Now');
    await cora.getByRole('main').getByText('Springfield Public Library').first().waitFor();
    const online = cora.getByRole('region', { name: /^Online/ });
    await online.getByRole('row', { name: /Cora Chen/ }).waitFor();
    await expect(online.getByText('Dev Dasgupta').count()).resolves.toBe(1);
    await expect(online.getByText('Ben Brooks').count()).resolves.toBe(0);

    await openPage(cora, 'Libraries');
    await cora.getByRole('row', { name: /Springfield Public Library/ }).waitFor();
    await expect(cora.getByRole('row', { name: /Shelbyville/ }).count()).resolves.toBe(0);
    await expect(cora.getByRole('button', { name: 'Add a library' }).count()).resolves.toBe(0);
    await cora.getByRole('button', { name: 'Edit Springfield Public Library' }).click();
    const edit = cora.getByRole('form', { name: 'Edit Springfield Public Library' });
    await expect(edit.getByLabel('Kind').isDisabled()).resolves.toBe(true);
    await edit.getByLabel('Time zone').fill('America/New_York');
    await edit.getByRole('button', { name: 'Save library' }).click();
    await cora.getByText('Springfield Public Library saved.').waitFor();
    await cora.getByRole('row', { name: /America\/New_York/ }).waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
    await cora.context().close();
  });
});
