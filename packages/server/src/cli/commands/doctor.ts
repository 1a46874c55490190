import type { RegisterCommands } from '../cli-context.ts';
import type { Finding } from '../doctor-checks.ts';
import { dataPathOf } from '../node-cli-context.ts';
import { ReportedFailure } from '../reported-failure.ts';

const MARK = { ok: 'ok  ', note: 'note', problem: 'FAIL' } as const;

/**
 * `refdesk doctor`: checks the configuration, email, the database (full integrity check, schema
 * version) and every library's allowed origins; says what is wrong and how to fix it, and exits
 * with 1 when something is.
 */
export const registerDoctorCommands: RegisterCommands = (program, ctx) => {
  program
    .command('doctor')
    .description('check configuration, email, database and libraries; exit 1 on a problem')
    .option('--check-smtp', 'connect to the SMTP server and log in')
    .action(async (flags: { checkSmtp?: boolean }) => {
      const dataPath = dataPathOf(program);
      const { checkConfiguration, checkDatabase } = await import('../doctor-checks.ts');
      const { checkEmail } = await import('../check-email.ts');
      const { checkLibraryOrigins } = await import('../check-library-origins.ts');
      const database = checkDatabase(dataPath);
      const findings: Finding[] = [
        ...checkConfiguration(process.env),
        ...(await checkEmail(process.env, Boolean(flags.checkSmtp))),
        ...database.findings,
        ...(database.readable ? checkLibraryOrigins(dataPath) : []),
      ];
      const problems = findings.filter((f) => f.status === 'problem').length;
      const lines = findings.map(
        (f) => `${MARK[f.status]} ${f.area}: ${f.message}${f.fix ? `\n       fix: ${f.fix}` : ''}`,
      );
      lines.push(problems === 0 ? 'No problems found.' : `${problems} problem(s) found.`);
      ctx.print({ ok: problems === 0, dataPath, findings }, lines.join('\n'));
      if (problems > 0) throw new ReportedFailure(`${problems} problem(s) found`);
    });
};
