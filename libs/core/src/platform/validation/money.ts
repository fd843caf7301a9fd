import { MoneyParseError, parseMoney } from '#domain';
import { AppError, type FieldProblem } from '../app-error.js';

/**
 * The one mapping of a MoneyParseError to the API's field problem: it names the amount's field,
 * or the currency's when the currency is what is unknown, and carries the domain's message.
 */
export function moneyProblem(error: MoneyParseError, field: string, currencyField = 'currency'): FieldProblem {
  const at = error.problem === 'unknown_currency' ? currencyField : field;
  return { field: at, message: `${at}: ${error.message}` };
}

/**
 * Minor units of a decimal string of the API ("19.99") in `currency`; a string that is not one
 * (too many decimals, "1e3", "NaN") is a validation_failed AppError naming `field`.
 */
export function parseMoneyField(amount: string, currency: string, field: string, currencyField = 'currency'): number {
  try {
    return parseMoney(amount, currency).minor;
  } catch (error) {
    if (error instanceof MoneyParseError) throw AppError.validation([moneyProblem(error, field, currencyField)]);
    throw error;
  }
}
