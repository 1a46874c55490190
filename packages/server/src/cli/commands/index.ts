import type { RegisterCommands } from '../cli-context.ts';
import { registerBackupCommands } from './backup.ts';
import { registerDoctorCommands } from './doctor.ts';
import { registerMigrateCommands } from './migrate.ts';
import { registerServeCommands } from './serve.ts';

/** Every command family of `refdesk`, in the order `refdesk --help` lists them. */
export const COMMAND_FAMILIES: readonly RegisterCommands[] = [
  registerServeCommands,
  registerBackupCommands,
  registerMigrateCommands,
  registerDoctorCommands,
];
