export function PatronRequestsPage() {
  return null;
}
