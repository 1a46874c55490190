import type { WidgetSettings } from '@refdesk/protocol/responder';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/http-client.ts';
import { createHarness, fakeApi } from '../testing/console-harness.tsx';
import { WidgetSettingsPage } from './widget-settings-page.tsx';

afterEach(cleanup);

const settings: WidgetSettings = {
  nameField: 'optional',
  emailField: 'optional',
  privacyNote: 'Kept 30 days.',
  colour: '#1f6feb',
  localTimerSeconds: 30,
  groupTimerSeconds: 60,
  allowedOrigins: ['https://www.shelbyville.example'],
};

function renderPage(save: (value: WidgetSettings) => Promise<void>) {
  const harness = createHarness(
    fakeApi({
      widgetSettings: async () => settings,
      saveWidgetSettings: async (_id, value) => save(value),
    }),
  );
  render(harness.wrap(<WidgetSettingsPage />));
  return screen.findByLabelText('Allowed sites') as Promise<HTMLTextAreaElement>;
}

describe('the allowed sites on the widget settings page', () => {
  it('turns a bare host and a page address into sites when the field is left, and saves those', async () => {
    const saved: WidgetSettings[] = [];
    const field = await renderPage(async (value) => void saved.push(value));
    fireEvent.input(field, {
      target: { value: 'www.shelbyville.example\nhttps://shelbyville.example/events?month=5\n' },
    });
    fireEvent.blur(field);
    expect(field.value).toBe('https://www.shelbyville.example\nhttps://shelbyville.example');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.allowedOrigins).toEqual([
      'https://www.shelbyville.example',
      'https://shelbyville.example',
    ]);
  });

  it('says beside the field which line is not a site, for screen readers too, and does not save', async () => {
    const saved: WidgetSettings[] = [];
    const field = await renderPage(async (value) => void saved.push(value));
    fireEvent.input(field, { target: { value: 'www.shelbyville.example\nftp://files.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById('widget-origins-error');
    expect(error?.textContent).toMatch(
      /^Line 2: “ftp:\/\/files\.example” is not a website address/,
    );
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain('widget-origins-error');
    expect(error?.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(field);
    expect(saved).toHaveLength(0);
  });

  it("puts the server's refusal of an entry beside the field, by line", async () => {
    const field = await renderPage(() =>
      Promise.reject(
        new ApiError(
          'validation',
          'allowedOrigins.0: must be * or an origin such as https://library.example',
          400,
        ),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('widget-origins-error')?.textContent).toBe(
      'Line 1: must be * or an origin such as https://library.example',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
