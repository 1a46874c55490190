import type {
  Outcome,
  PolicySections,
  ResponderStatus,
  ScriptInput,
  Tier,
} from '@refdesk/protocol/responder';

/** Words the console uses for protocol values, in one place. */
export const STATUS_LABELS: Record<ResponderStatus, string> = {
  away: 'Away',
  local: 'Local',
  cooperative: 'Cooperative',
};

export const STATUS_HINTS: Record<ResponderStatus, string> = {
  away: 'No new chats',
  local: "My library's patrons",
  cooperative: "My library's and the cooperative's patrons",
};

export const TIER_LABELS: Record<Tier, string> = {
  local: 'Local',
  group: 'Group',
  cooperative: 'Cooperative',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  answered: 'Answered',
  follow_up_by_me: 'Follow-up by me',
  follow_up_by_home_library: 'Follow-up by the home library',
  referred: 'Referred',
  lost: 'Lost',
  practice: 'Practice',
};

export const SCOPE_LABELS: Record<ScriptInput['scope'], string> = {
  personal: 'Personal',
  library: 'Library',
  group: 'Group',
  cooperative: 'Cooperative',
};

/** Section headings of a policy page, in the template's order. */
export const SECTION_LABELS: Record<keyof PolicySections | 'staffOnly', string> = {
  alerts: 'Alerts',
  catalogueUrl: 'Catalogue',
  databases: 'Databases and access',
  borrowingAndFees: 'Borrowing and late fees',
  renewals: 'Renewals',
  courseReserves: 'Course reserves',
  interlibraryLoan: 'Interlibrary loan',
  hoursAndLocations: 'Hours and locations',
  accountsAndPins: 'Accounts and PINs',
  homeworkHelp: 'Homework help',
  followUpContact: 'Contact for follow-ups',
  staffOnly: 'Staff only',
};

/** The order sections are shown in: alerts first, because they change the answer. */
export const SECTION_ORDER: (keyof PolicySections)[] = [
  'alerts',
  'catalogueUrl',
  'databases',
  'borrowingAndFees',
  'renewals',
  'courseReserves',
  'interlibraryLoan',
  'hoursAndLocations',
  'accountsAndPins',
  'homeworkHelp',
  'followUpContact',
];
