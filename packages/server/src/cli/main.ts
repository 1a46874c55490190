#!/usr/bin/env node
// The `refdesk` command: `node packages/server/src/cli/main.ts <command>`, `pnpm refdesk <command>`,
// or `./refdesk <command>`. Every command family lives in commands/ (see commands/index.ts).
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), process);
