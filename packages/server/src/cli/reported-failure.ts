import { CliError } from './cli-context.ts';

/**
 * A failure whose report the command has printed already (`doctor`'s list of problems): the run
 * exits with 1 and prints nothing more, so `--json` output stays one document.
 *
 * @example
 * ctx.print(report, text);
 * if (problems > 0) throw new ReportedFailure(`${problems} problems`);
 */
export class ReportedFailure extends CliError {
  readonly reported = true;
}
