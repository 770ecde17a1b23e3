/** One plain address (no display name, no list, no markup): what sharing with a person needs. */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(text) && !text.includes('..');
}
