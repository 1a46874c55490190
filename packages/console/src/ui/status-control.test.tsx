import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusControl } from './status-control.tsx';

afterEach(cleanup);

describe('StatusControl', () => {
  it('is a radio group named Status with Away, Local and Cooperative', () => {
    const chosen: string[] = [];
    render(<StatusControl status="away" onChange={(s) => chosen.push(s)} />);
    const group = screen.getByRole('radiogroup', { name: 'Status' });
    const radios = [...group.querySelectorAll('input')];
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Away',
      'Local',
      'Cooperative',
    ]);
    expect((screen.getByLabelText('Away') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Cooperative'));
    expect(chosen).toEqual(['cooperative']);
  });
});
