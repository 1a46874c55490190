import { describe, expectTypeOf, it } from 'vitest';
import { assertNever } from './assert-never.ts';
import type { ResponderStatus } from './responder-vocabulary.ts';

function label(status: ResponderStatus): string {
  switch (status) {
    case 'away':
      return 'Away';
    case 'local':
      return 'My library';
    case 'cooperative':
      return 'Cooperative';
    default:
      return assertNever(status);
  }
}

function labelAllButAway(status: ResponderStatus): string {
  switch (status) {
    case 'local':
      return 'My library';
    case 'cooperative':
      return 'Cooperative';
    default:
      // @ts-expect-error 'away' has no case, so `status` is not `never`
      return assertNever(status);
  }
}

describe('assertNever', () => {
  it('compiles as the default of a switch that handles every member of the union', () => {
    expectTypeOf(label).returns.toEqualTypeOf<string>();
  });

  it('does not compile when a member of the union has no case', () => {
    expectTypeOf(labelAllButAway).parameter(0).toEqualTypeOf<ResponderStatus>();
  });

  it('accepts only never', () => {
    expectTypeOf<Parameters<typeof assertNever>[0]>().toBeNever();
  });
});
