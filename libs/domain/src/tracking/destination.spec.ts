import { appendQueryParameters } from './destination.js';

describe(appendQueryParameters.name, () => {
  it.each([
    ['https://shop.example/tents', [['pmx_cid', 'c1']], 'https://shop.example/tents?pmx_cid=c1'],
    [
      'https://shop.example/tents?utm_source=a%20b&x=1',
      [['pmx_cid', 'c1']],
      'https://shop.example/tents?utm_source=a%20b&x=1&pmx_cid=c1',
    ],
    [
      'https://shop.example/tents?x=1#reviews',
      [
        ['pmx_cid', 'c1'],
        ['sub1', 'spring sale'],
      ],
      'https://shop.example/tents?x=1&pmx_cid=c1&sub1=spring%20sale#reviews',
    ],
    ['https://shop.example/?', [['a', '1']], 'https://shop.example/?a=1'],
    ['https://shop.example/?x=1&', [['a', '1']], 'https://shop.example/?x=1&a=1'],
    ['https://shop.example/#top?not-a-query', [['a', '&=?#']], 'https://shop.example/?a=%26%3D%3F%23#top?not-a-query'],
    ['https://shop.example/p', [], 'https://shop.example/p'],
  ] as const)('%s + %j → %s', (url, parameters, expected) => {
    expect(appendQueryParameters(url, parameters)).toBe(expected);
  });
});
