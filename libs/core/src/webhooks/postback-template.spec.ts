import { expandTemplate, unknownMacros } from './postback-template.js';

describe('postback templates', () => {
  it('expands every macro, URL-encoded, and leaves missing values empty', () => {
    const sut = expandTemplate(
      'https://tracker.example/pb?cid={click_id}&s1={sub1}&s2={sub2}&oid={order_id}&amt={amount}&c={commission}{currency}&st={status}',
      {
        click_id: 'abc',
        sub1: 'spring sale&x=1',
        order_id: 'A/1?#',
        amount: '19.99',
        commission: '1.50',
        currency: 'EUR',
        status: 'pending',
      },
    );
    expect(sut).toBe(
      'https://tracker.example/pb?cid=abc&s1=spring%20sale%26x%3D1&s2=&oid=A%2F1%3F%23&amt=19.99&c=1.50EUR&st=pending',
    );
  });

  it('names the braces that are no macro', () => {
    expect(unknownMacros('https://t.example/?a={click_id}&b={clickid}&c={}&d={clickid}')).toEqual(['clickid', '']);
    expect(unknownMacros('https://t.example/?a={sub5}')).toEqual([]);
  });
});
