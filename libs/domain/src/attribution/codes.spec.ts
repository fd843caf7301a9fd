import { codeValidAt, journeySource, journeyWithCode, leakedCodeUses, normalizeCode } from './codes.js';
import { type Touch } from './models.js';

const at = (minutes: number): Date => new Date(Date.UTC(2026, 10, 20, 12, minutes));
const touch = (clickId: string, partnerId: string, minutes: number): Touch => ({
  clickId,
  partnerId,
  role: 'awareness',
  occurredAt: at(minutes),
});

describe(normalizeCode.name, () => {
  it('compares codes without case or surrounding blanks', () => {
    expect(normalizeCode(' spring10 ')).toBe('SPRING10');
    expect(normalizeCode('Spring10')).toBe(normalizeCode('SPRING10'));
  });
});

describe(codeValidAt.name, () => {
  it('includes both ends and leaves a missing end open', () => {
    const code = { validFrom: at(10), validTo: at(20) };
    expect(codeValidAt(code, at(10))).toBe(true);
    expect(codeValidAt(code, at(20))).toBe(true);
    expect(codeValidAt(code, at(9))).toBe(false);
    expect(codeValidAt(code, at(21))).toBe(false);
    expect(codeValidAt({ validFrom: null, validTo: null }, at(0))).toBe(true);
    expect(codeValidAt({ validFrom: at(5), validTo: null }, at(59))).toBe(true);
  });
});

describe(journeyWithCode.name, () => {
  const clicks = [touch('c1', 'p1', 0), touch('c2', 'p2', 5)];
  const code = touch('code', 'p3', 30);

  it('adds the code touch to the clicks under touch, alone under exclusive', () => {
    expect(journeyWithCode(clicks, code, 'touch').map((t) => t.clickId)).toEqual(['c1', 'c2', 'code']);
    expect(journeyWithCode(clicks, code).map((t) => t.clickId)).toEqual(['c1', 'c2', 'code']);
    expect(journeyWithCode(clicks, code, 'exclusive').map((t) => t.clickId)).toEqual(['code']);
  });

  it('leaves the clicks as they are without a code', () => {
    expect(journeyWithCode(clicks, undefined, 'exclusive')).toEqual(clicks);
  });
});

describe(journeySource.name, () => {
  it('prefers the click id, then the customer key, then the code', () => {
    expect(journeySource({ click: true, customerClicks: 3, code: true })).toBe('click_id');
    expect(journeySource({ click: false, customerClicks: 1, code: true })).toBe('customer_key');
    expect(journeySource({ click: false, customerClicks: 0, code: true })).toBe('code');
    expect(journeySource({ click: false, customerClicks: 0, code: false })).toBe('none');
  });
});

describe(leakedCodeUses.name, () => {
  const rule = { minCustomers: 3, windowMs: 10 * 60 * 1000 };
  const use = (id: string, customer: string, minutes: number) => ({ id, customer, at: at(minutes) });

  it('flags every use of a window holding enough different customers', () => {
    // a, b, c are 3 customers within minutes 0..10 (10 minutes, ends included): all three leaked;
    // d at 25 is 15 minutes after c: alone in its window.
    const uses = [use('3', 'c', 10), use('1', 'a', 0), use('2', 'b', 4), use('4', 'd', 25)];
    expect([...leakedCodeUses(uses, rule)].sort()).toEqual(['1', '2', '3']);
  });

  it('counts customers, not uses: one customer buying again is no leak', () => {
    const uses = [use('1', 'a', 0), use('2', 'a', 1), use('3', 'b', 2), use('4', 'b', 3)];
    expect(leakedCodeUses(uses, rule).size).toBe(0);
  });

  it('marks a long burst once, uses joining through a later window included', () => {
    // Window 10 minutes, 3 customers. a0 b1 c2: leaked. d9: window a..d, 4 customers, leaked.
    // e15: a, b and c are over 10 minutes back, window d e holds 2, not yet; f16: window d e f holds
    // 3, so e (and f) leaked after all. x40 y41: 2 customers, not leaked.
    const uses = [
      use('a', 'a', 0),
      use('b', 'b', 1),
      use('c', 'c', 2),
      use('d', 'd', 9),
      use('e', 'e', 15),
      use('f', 'f', 16),
      use('x', 'x', 40),
      use('y', 'y', 41),
    ];
    expect([...leakedCodeUses(uses, rule)].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('needs them within the window: 3 customers over 11 minutes are no leak', () => {
    const uses = [use('1', 'a', 0), use('2', 'b', 5), use('3', 'c', 11)];
    expect(leakedCodeUses(uses, rule).size).toBe(0);
  });
});
