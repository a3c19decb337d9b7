// What a channel's printable poster shows: the absolute public link and its QR code as SVG.
import QRCode from 'qrcode';
import { env } from '@/lib/env';

/** The public origin: NEXTAUTH_URL when set (the app's public address), otherwise the request's own host. */
export function publicOrigin(headers: Headers): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const protocol = headers.get('x-forwarded-proto') ?? (host.startsWith('localhost') ? 'http' : 'https');
  return `${protocol}://${host}`;
}

export function feedbackLink(origin: string, publicCode: string): string {
  return `${origin}/f/${publicCode}`;
}

/** An SVG (our own markup, no respondent text) that encodes the link. */
export function qrCodeSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
