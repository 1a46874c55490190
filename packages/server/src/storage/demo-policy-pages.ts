import type { PolicySections } from '@refdesk/protocol';

/** The public sections and the staff-only note of one demo library's policy page. */
export interface DemoPolicyContent {
  sections: PolicySections;
  staffOnly: string;
}

/**
 * Policy pages of the two demo libraries. Their rules differ on purpose, so a responder from one
 * library sees why they must read the other's page before answering.
 *
 * @example
 * DEMO_POLICY_PAGES.shelbyville.sections.borrowingAndFees;
 */
export const DEMO_POLICY_PAGES = {
  springfield: {
    sections: {
      catalogueUrl: 'https://catalog.springfield.example/',
      databases:
        'From home, patrons sign in with their 14-digit library card barcode (starts 21234) and 4-digit PIN. Most used: EBSCO Academic Search (articles), Gale Legal Forms, Mango Languages, LinkedIn Learning. Ancestry Library Edition works only on library computers and Wi-Fi.',
      borrowingAndFees:
        'Fine-free since July 2022: no overdue fines on any item. An item 42 days overdue is billed at replacement cost; the bill is cancelled when the item comes back. Loans: books 3 weeks, DVDs 1 week, Wi-Fi hotspots 2 weeks (one per card). Up to 50 items per card.',
      renewals:
        'Items renew automatically up to 2 times unless another patron has placed a hold. Patrons can also renew in My Account or at any desk. Hotspots and interlibrary loan items cannot be renewed.',
      courseReserves:
        'Springfield Public holds no course reserves. Springfield Community College students: reserves are at the SCC Library, Room 104, (555) 0142. We can often borrow a circulating copy of a textbook through interlibrary loan.',
      interlibraryLoan:
        'Free for cardholders, up to 5 open requests. Request in the catalogue (choose "Search everywhere") or with the ILL form in My Account. Usually 1-2 weeks; pick up at the branch chosen on the request. Not requestable: DVDs released in the last 12 months.',
      hoursAndLocations:
        'Main Library, 742 Evergreen Terrace: Mon-Thu 9 am-8 pm, Fri-Sat 9 am-5 pm, Sun 1-5 pm. Westside Branch, 19 Plank Street: Tue-Sat 10 am-6 pm. Closed on federal holidays. The book drop at Main is open around the clock.',
      accountsAndPins:
        'Cards are free to anyone who lives, works or studies in Springfield County. An instant digital card (e-books and databases only) is available online at springfield.example/card; a full card needs photo ID and proof of address at any branch. Staff cannot see PINs: patrons reset theirs with "Forgot PIN" in My Account (a link goes to the email on file) or at a desk with ID.',
      homeworkHelp:
        'Brainfuse HelpNow: live tutors 2-11 pm every day, K-12 and adult learners, sign in with a library card. In person: Homework Help Center at Main, Mon-Thu 3:30-6:30 pm during the school year. Teen librarian: teens@springfield.example.',
      followUpContact:
        'Reference: ask@springfield.example or (555) 0100 ext. 2; replies within one business day. Accounts and bills: circulation@springfield.example.',
      alerts:
        'Westside Branch is closed for roof repair until the end of the month; Westside holds go to Main. The OverDrive app is retired: e-books and audiobooks are in the Libby app.',
    },
    staffOnly:
      'Guest database login for cooperative staff, to demonstrate databases only (never give it to patrons): card 21234000009999, PIN 2468. Cooperative staff cannot see Springfield patron accounts: send account problems to circulation@springfield.example. Escalations: Cora Chen, Adult Services.',
  },
  shelbyville: {
    sections: {
      catalogueUrl: 'https://shelbyville.example/catalog',
      databases:
        'Patrons sign in with their card number (begins SPL) and PIN (by default the last 4 digits of the phone number on file). Gale Academic OneFile, ProQuest Newsstand, Consumer Reports, Chilton Auto Repair, and NewspaperArchive with the Shelbyville Gazette 1889-1999. Reference Solutions (business lists) is in-library only.',
      borrowingAndFees:
        "Overdue fines are $0.25 per day per item, capped at $5 per item. Children's and teen cards are fine-free. A card is blocked from borrowing at $10 owed. Pay in My Account or at the desk (cash or card). Loans: books 2 weeks, DVDs 1 week, 30 items per card.",
      renewals:
        'Items can be renewed twice, online in My Account, by phone at (555) 0200 or at the desk, unless another patron has a hold on them. Nothing renews automatically. Overdue items can still be renewed; fines already owed stay.',
      courseReserves:
        'No college course reserves. Shelbyville High teachers leave class sets at the Teen Desk for 2-hour in-library loans; students ask there with their student ID.',
      interlibraryLoan:
        'Request with the ILL form on the website (card number and PIN), up to 3 open requests. $2 per item, charged when it arrives; free for patrons 65 and over. Books arrive in 1-3 weeks and are picked up at Main only. Articles arrive by email as PDFs, free.',
      hoursAndLocations:
        "Main Library, 1 Lemon Tree Plaza: Mon-Wed 10 am-8 pm, Thu-Sat 10 am-6 pm, closed Sundays. Bookmobile stops are listed at shelbyville.example/bookmobile. Closed on federal holidays and on Founders' Day (second Friday in September).",
      accountsAndPins:
        "Free for residents of Shelbyville and its school district; non-residents pay $40 a year. Cards are issued in person only, with photo ID and proof of address. PINs are reset only in person or by phone after the desk checks the patron's identity.",
      homeworkHelp:
        "Tutor.com from the website: 1-10 pm daily, grades K-12. Homework Club in the Children's Room, Tue and Thu 4-5:30 pm. One-to-one research appointments (30 minutes) can be booked online.",
      followUpContact:
        'Reference: reference@shelbyville.example or (555) 0200 ext. 3; replies within two business days. Local history goes to the archivist at history@shelbyville.example (answered weekly).',
      alerts:
        'Catalogue upgrade on the 15th: My Account is unavailable 8 am-noon. Meeting rooms are now booked online only.',
    },
    staffOnly:
      'Guest card for cooperative staff, databases only: SPL-GUEST-0042, PIN 7351. Only Shelbyville circulation staff can waive fines: promise nothing, create a follow-up for the home library instead. Contact: Ben Brooks.',
  },
} as const satisfies Record<'springfield' | 'shelbyville', DemoPolicyContent>;
