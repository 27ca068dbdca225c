import { describe, expect, it } from 'vitest';
import { htmlText, inboundEvent } from './email-inbound.ts';
import { parsePosition } from './email-listen.ts';

const slot = { uidValidity: '1700000000', uid: 7, host: 'imap.example.com' };
const own = 'support@example.com';
const read = (lines: string[]) => inboundEvent(Buffer.from(lines.join('\r\n')), slot, own);

describe('reading one e-mail', () => {
  it('takes the text of an HTML-only mail from its HTML, and keeps the HTML without remote loads', async () => {
    const event = await read([
      'From: "Dana" <Dana@Example.org>',
      'To: support@example.com',
      'Subject: Hello',
      'Message-ID: <html-only@example.org>',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<div style="color:red">Hi <img src="http://track.example/p.gif"><img src="cid:logo@x"> there<object data="x"></object></div>',
    ]);
    expect(event).toMatchObject({ externalId: '<html-only@example.org>', from: { platformId: 'dana@example.org', name: 'Dana' }, text: 'Hi there' });
    expect(event!.html).toBe('<div>Hi <img src="cid:logo@x" /> there</div>');
  });

  it('writes HTML as text one line per block, with its characters decoded', () => {
    expect(htmlText('<p>Fish &amp; chips &lt;3</p><p>Line<br>break&nbsp;here</p><ul><li>one</li><li>two</li></ul>')).toBe('Fish & chips <3\nLine\nbreak here\none\ntwo');
  });

  it('names a mail without a Message-ID by its UIDVALIDITY and UID', async () => {
    const event = await read(['From: dana@example.org', 'Subject: No id', '', 'text']);
    expect(event).toMatchObject({ key: 'message:<7.1700000000@imap.example.com>', externalId: '<7.1700000000@imap.example.com>', references: [] });
  });

  it("keeps the thread's ids oldest first: the References, else the In-Reply-To (RFC 5322 §3.6.4)", async () => {
    const head = ['From: dana@example.org', 'Subject: Re: x', 'Message-ID: <4@example.org>'];
    expect((await read([...head, 'In-Reply-To: <3@example.com>', 'References: <1@example.com> <2@example.org>\r\n <3@example.com>', '', 'text']))!.references).toEqual([
      '<1@example.com>',
      '<2@example.org>',
      '<3@example.com>',
    ]);
    expect((await read([...head, 'In-Reply-To: <3@example.com>', '', 'text']))!.references).toEqual(['<3@example.com>']);
  });

  it.each([
    ['a copy of our own mail', ['From: Support <SUPPORT@example.com>']],
    ['a delivery report from the null sender', ['Return-Path: <>', 'From: dana@example.org']],
    ['a mailer daemon', ['From: Mail Delivery System <MAILER-DAEMON@example.org>']],
    ['an auto-reply', ['From: dana@example.org', 'Auto-Submitted: auto-generated']],
    ['a list mail', ['From: dana@example.org', 'Precedence: list']],
    ['a vacation notice', ['From: dana@example.org', 'X-Autorespond: vacation']],
    ['a mail without a sender', ['Subject: who?']],
  ])('skips %s', async (_name, headers) => {
    expect(await read([...headers, 'Subject: x', '', 'body'])).toBeNull();
  });

  it('keeps a mail that says it is not automatic (Auto-Submitted: no)', async () => {
    expect(await read(['From: dana@example.org', 'Auto-Submitted: no', 'Subject: x', '', 'body'])).not.toBeNull();
  });
});

describe('the listener position', () => {
  it('reads "<uidValidity>:<lastUid>[:<day>]" and nothing else', () => {
    expect(parsePosition('1700000000:42:2026-12-06')).toEqual({ uidValidity: '1700000000', lastUid: 42, day: '2026-12-06' });
    expect(parsePosition('1700000000:42')).toEqual({ uidValidity: '1700000000', lastUid: 42, day: null });
    expect(parsePosition('1700000000:42:yesterday')).toBeNull();
    expect(parsePosition(null)).toBeNull();
    expect(parsePosition('42')).toBeNull();
  });
});
