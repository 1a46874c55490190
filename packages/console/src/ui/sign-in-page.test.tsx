import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/http-client.ts';
import { en } from '../i18n/en.ts';
import { createHarness, fakeApi } from '../testing/console-harness.tsx';
import { ben } from '../testing/fixtures.ts';
import { SignInPage } from './sign-in-page.tsx';

afterEach(cleanup);

describe('SignInPage', () => {
  it('signs in with the email and password typed into the labelled fields', async () => {
    const asked: string[] = [];
    const harness = createHarness(
      fakeApi({
        signIn: async (email, password) => {
          asked.push(`${email}:${password}`);
          return { responder: ben, csrfToken: 't' };
        },
      }),
    );
    render(harness.wrap(<SignInPage />));
    fireEvent.input(screen.getByLabelText('Email'), {
      target: { value: ' ben@shelbyville.example ' },
    });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(harness.services.session.phase.value).toBe('signed_in'));
    expect(asked).toEqual(['ben@shelbyville.example:secret']);
  });

  it("shows the server's reason when sign-in fails, as an alert", async () => {
    const harness = createHarness(
      fakeApi({
        signIn: () =>
          Promise.reject(new ApiError('unauthorized', 'Email or password is wrong.', 401)),
      }),
    );
    render(harness.wrap(<SignInPage />));
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'x@y.example' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Email or password is wrong.');
  });

  it('takes its words from the console catalogue', () => {
    render(createHarness(fakeApi({})).wrap(<SignInPage />));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.signIn.title);
    expect(screen.getByLabelText(en.signIn.email)).toBeTruthy();
    expect(screen.getByRole('link', { name: en.signIn.forgot })).toBeTruthy();
  });
});
