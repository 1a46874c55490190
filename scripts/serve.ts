// `pnpm serve` (and `./refdesk serve`): builds what is missing (widget, console), then runs
// `refdesk serve`, the production start, with the arguments given.
import { buildMissing } from './build-missing.ts';

buildMissing();
process.argv.splice(2, 0, 'serve');
await import('../packages/server/src/cli/main.ts');
