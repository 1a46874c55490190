/**
 * The console's words, in English: one catalogue, so that translating the console is one file
 * more. Pages move their strings here as they are next worked on; today the sign-in and password
 * pages. Texts with values are functions, so a missing value is a type error.
 *
 * @example
 * <h1>{en.signIn.title}</h1>
 */
export const en = {
  signIn: {
    title: 'Sign in to the responder console',
    intro: "Answer your library's patrons and help the cooperative's.",
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    forgot: 'Forgot password?',
  },
  forgotPassword: {
    title: 'Forgot your password?',
    form: 'Ask for a reset link',
    intro: 'We will email you a link to choose a new password.',
    email: 'Email',
    submit: 'Email me a link',
    sent: (email: string) =>
      `If ${email} has a Refdesk account, an email with a link to choose a new password is on its way. The link works for one hour.`,
    back: 'Back to sign in',
  },
  resetPassword: {
    title: 'Choose a new password',
    form: 'New password',
    submit: 'Set my new password',
    done: 'Password changed. Sign in with your new password.',
  },
  newPassword: {
    password: 'New password',
    again: 'New password again',
    hint: (min: number) => `At least ${min} characters. A few unrelated words make a good one.`,
    tooShort: (min: number) => `The password must be at least ${min} characters.`,
    differ: 'The two passwords differ.',
  },
} as const;
