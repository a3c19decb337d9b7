// /k/<token>: the kiosk link staff got when enrolling this device (app/(staff)/kiosk). A live token puts the
// browser in kiosk mode for its channel and opens the language picker; a revoked or unknown one says so. A path of
// its own rather than /f/<code>?kiosk=…: the channel code is not needed in the link, and the survey pages' URLs stay
// the same for everyone (the service worker keeps one copy of each).
import type { Metadata } from 'next';
import { findKioskChannelCode } from '@/lib/kiosk/devices';
import { EnrolThisDevice, ForgetKiosk } from './enrol-this-device';
import { publicPageContext } from '@/lib/page-context';

export const metadata: Metadata = { title: 'Kiosk', referrer: 'no-referrer', robots: { index: false } };

export default async function KioskLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const code = await findKioskChannelCode((await publicPageContext()).db, token);
  if (!code) {
    return (
      <div className="feedback">
        <h1>Kiosklänken gäller inte</h1>
        <p className="feedback-status error" role="alert">
          Länken är okänd eller återkallad. Be en samordnare eller strateg registrera surfplattan igen.
        </p>
        <ForgetKiosk token={token} />
      </div>
    );
  }
  return (
    <div className="feedback">
      <h1>Kioskläge</h1>
      <EnrolThisDevice code={code} token={token} />
    </div>
  );
}
