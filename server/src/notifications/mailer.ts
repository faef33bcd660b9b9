import type { Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * Sends through the SMTP server in `SMTP_URL`. nodemailer is loaded with the first mail, not when the
 * server starts: most processes send none for hours, and it is a large module tree.
 */
export class SmtpMailer implements Mailer {
  private transport?: Promise<Transporter>;
  constructor(
    private readonly smtpUrl: string,
    private readonly from: string,
  ) {}
  async send(mail: Mail): Promise<void> {
    this.transport ??= import('nodemailer').then((m) => m.default.createTransport(this.smtpUrl));
    await (await this.transport).sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }
}

export const MAILER = Symbol('MAILER');
