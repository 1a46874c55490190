// `pnpm start`: builds what is missing (widget, console), then runs Refdesk on Node.
import { buildMissing } from './build-missing.ts';

buildMissing();
await import('../packages/server/src/runtime/node/main.ts');
