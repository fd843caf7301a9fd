/** Whether a decimal amount from the API is zero ("0.00", "-0", "0"), read as text, not as a float. */
export function isZeroAmount(amount: string): boolean {
  return /^-?0*(\.0*)?$/.test(amount.trim());
}
