/** Whether a decimal string from the API is zero ("0.00"), read as text, not as a float. */
export const isZeroAmount = (amount: string): boolean => /^[-+]?0*(\.0*)?$/.test(amount.trim());
