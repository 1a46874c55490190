import { describe } from 'vitest';
import { accountContract } from './contract/account-contract.ts';
import { blockContract } from './contract/block-contract.ts';
import { demoSeedContract } from './contract/demo-seed-contract.ts';
import { directoryContract } from './contract/directory-contract.ts';
import { followUpContract } from './contract/follow-up-contract.ts';
import { followUpDutyContract } from './contract/follow-up-duty-contract.ts';
import { followUpReferralContract } from './contract/follow-up-referral-contract.ts';
import { messageContract } from './contract/message-contract.ts';
import { migrationContract } from './contract/migration-contract.ts';
import { policyScriptContract } from './contract/policy-script-contract.ts';
import { privacyContract } from './contract/privacy-contract.ts';
import { provisioningContract } from './contract/provisioning-contract.ts';
import { qualityContract } from './contract/quality-contract.ts';
import { reportContract } from './contract/report-contract.ts';
import { reportTalliesContract } from './contract/report-tallies-contract.ts';
import { roomContract } from './contract/room-contract.ts';
import { sampleContract } from './contract/sample-contract.ts';
import { scheduleContract } from './contract/schedule-contract.ts';
import { surveyContract } from './contract/survey-contract.ts';
import { transactionContract } from './contract/transaction-contract.ts';
import { transcriptContract } from './contract/transcript-contract.ts';
import type { SqlDatabase } from './sql.ts';

/**
 * Registers the storage contract: the tests every SqlDatabase adapter must pass, through
 * createStores. `open` returns a new, empty database on every call.
 *
 * @example
 * // node/sqlite.test.ts
 * runStorageContract('node:sqlite in memory', () => openNodeSqlite(':memory:'));
 */
export function runStorageContract(name: string, open: () => SqlDatabase): void {
  describe(`storage contract: ${name}`, () => {
    migrationContract(open);
    transactionContract(open);
    directoryContract(open);
    accountContract(open);
    roomContract(open);
    messageContract(open);
    transcriptContract(open);
    followUpContract(open);
    policyScriptContract(open);
    demoSeedContract(open);
    provisioningContract(open);
    scheduleContract(open);
    privacyContract(open);
    followUpDutyContract(open);
    reportContract(open);
    reportTalliesContract(open);
    qualityContract(open);
    blockContract(open);
    sampleContract(open);
    surveyContract(open);
    followUpReferralContract(open);
  });
}
