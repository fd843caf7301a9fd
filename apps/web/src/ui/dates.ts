/* Date pickers come through here, with their styles, so that only the pages that use one load them. */
import '@mantine/dates/styles.css';

export { DatePickerInput, MonthPickerInput } from '@mantine/dates';
