import { figures } from './figures';

describe('figures', () => {
  it('writes credit-weighted counts with at most two decimals', () => {
    expect(figures.credit(2.4, 'en-GB')).toBe('2.4');
    expect(figures.credit(0.8333, 'en-GB')).toBe('0.83');
    expect(figures.credit(1200, 'de-DE')).toBe('1.200');
  });

  it('signs a change and says "new" when the quarter before had nothing', () => {
    expect(figures.change(62.5, 'en-GB')).toBe('+62.5%');
    expect(figures.change(-10, 'en-GB')).toBe('-10%');
    expect(figures.change(0, 'en-GB')).toBe('0%');
    expect(figures.change(null, 'en-GB')).toBe('new');
  });

  it('names roles and models', () => {
    expect(figures.name('awareness')).toBe('Awareness');
    expect(figures.name('last_click')).toBe('Last click');
  });
});
