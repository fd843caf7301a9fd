import { describeChange } from './describe-change';

describe('describeChange', () => {
  it('shows a rise in revenue as good news and a rise in cost as bad news', () => {
    expect(describeChange(40, 'rise_is_good', 'en-GB')).toEqual({ text: '+40% on the period before', tone: 'good' });
    expect(describeChange(108.3, 'rise_is_bad', 'en-GB')).toEqual({
      text: '+108.3% on the period before',
      tone: 'bad',
    });
    expect(describeChange(-12.5, 'rise_is_bad', 'en-GB')).toEqual({
      text: '-12.5% on the period before',
      tone: 'good',
    });
    expect(describeChange(-12.5, 'rise_is_good', 'en-GB').tone).toBe('bad');
  });

  it('is neutral without a change or without a figure before', () => {
    expect(describeChange(0, 'rise_is_good', 'en-GB')).toEqual({
      text: 'No change on the period before',
      tone: 'neutral',
    });
    expect(describeChange(null, 'rise_is_bad', 'en-GB')).toEqual({
      text: 'Nothing to compare with before',
      tone: 'neutral',
    });
  });
});
