import { inputProblem, MAX_INPUT_DEPTH } from './input-guards.js';

describe('inputProblem', () => {
  it('passes ordinary input, free text with tabs and line breaks included', () => {
    expect(
      inputProblem({ name: 'Ünïcode 🎉', reason: 'line one\nline two\tend\r\n', rules: [{ a: 1 }] }, ''),
    ).toBeUndefined();
  });

  it('names the field holding a control character, however deep', () => {
    expect(inputProblem({ clicks: [{ sub1: 'ok' }, { sub2: 'a\u0000b' }] }, '')).toEqual({
      field: 'clicks[1].sub2',
      message: 'clicks[1].sub2 contains control characters (U+0000); remove them',
    });
    expect(inputProblem({ ['bad\u0007key']: 1 }, '')?.message).toContain('U+0007');
    expect(inputProblem({ a: 'del\u007f' }, '')?.field).toBe('a');
  });

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels without overflowing the stack`, () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(inputProblem(deep, '')?.message).toContain(`more than ${MAX_INPUT_DEPTH} levels`);
    let fine: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) fine = [fine];
    expect(inputProblem(fine, '')).toBeUndefined();
  });
});
