import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { type PolicyForm, policyForm, policyUpdate } from '../state/policy-form.ts';
import { policyPage } from '../testing/fixtures.ts';
import { PolicyFields } from './policy-fields.tsx';

afterEach(cleanup);

/** The fields as the editor page holds them, with the form a save would send. */
function Editor({ initial, saw }: { initial: PolicyForm; saw: (form: PolicyForm) => void }) {
  const [form, setForm] = useState(initial);
  saw(form);
  return <PolicyFields form={form} onChange={(patch) => setForm({ ...form, ...patch })} />;
}

describe('PolicyFields', () => {
  it('keeps the staff-only section for the library’s own staff until an editor shares it with the cooperative', () => {
    const { staffOnlyAudience: _, ...older } = policyPage();
    let form = policyForm(older);
    render(<Editor initial={form} saw={(seen) => (form = seen)} />);
    const group = screen.getByRole('group', { name: 'Who may read it' });
    const own = screen.getByRole('radio', { name: /This library’s staff/ }) as HTMLInputElement;
    const everyone = screen.getByRole('radio', { name: /Every librarian of the cooperative/ });
    expect(group.contains(own)).toBe(true);
    expect(own.checked).toBe(true);
    const before = policyUpdate(form);
    expect(before.ok && before.update.staffOnlyAudience).toBe('home_library');

    fireEvent.click(everyone);
    expect((everyone as HTMLInputElement).checked).toBe(true);
    const after = policyUpdate(form);
    expect(after.ok && after.update.staffOnlyAudience).toBe('cooperative');
  });

  it('starts from the audience the page was saved with', () => {
    render(
      <Editor
        initial={policyForm(policyPage({ staffOnlyAudience: 'cooperative' }))}
        saw={() => {}}
      />,
    );
    const everyone = screen.getByRole('radio', { name: /Every librarian/ }) as HTMLInputElement;
    expect(everyone.checked).toBe(true);
  });
});
