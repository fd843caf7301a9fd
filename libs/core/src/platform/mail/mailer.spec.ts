import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { loadConfig } from '#config';
import { Mailer } from './mailer.js';

describe(Mailer.name, () => {
  const message = { to: 'a@b.example', subject: 'Hello', text: 'https://x.example/app/login' };
  const logs = () => ({
    info: jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined),
    warn: jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined),
  });
  afterEach(() => jest.restoreAllMocks());

  it('writes the message, link included, to the log when no mail server is configured outside production', async () => {
    const { info } = logs();
    const sut = new Mailer(loadConfig({ NODE_ENV: 'development' }));
    await expect(sut.send(message)).resolves.toBe('logged');
    expect(info).toHaveBeenCalledWith(
      { mail: { from: 'Partnermix <no-reply@localhost>', ...message } },
      expect.stringContaining('SMTP_URL unset'),
    );
  });

  it('drops it in production, where a log is no place for sign-in links, and warns at start-up', async () => {
    const { info, warn } = logs();
    const sut = new Mailer(loadConfig({ NODE_ENV: 'production', OPERATOR_API_KEY: 'pmx_operator_a_real_secret' }));
    sut.onModuleInit();
    await expect(sut.send(message)).resolves.toBe('dropped');
    expect(info).not.toHaveBeenCalled();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('x.example');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SMTP_URL is not set'));
  });
});
