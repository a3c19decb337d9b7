'use client';
// Puts this browser in kiosk mode for the channel (or takes it out, when its link was revoked).
import { useEffect } from 'react';
import { enrolThisDevice, kioskDevice, leaveKioskMode, resetForNextRespondent } from '@/lib/kiosk/on-device';

export function EnrolThisDevice({ code, token }: { code: string; token: string }) {
  useEffect(() => {
    enrolThisDevice({ code, token });
    void resetForNextRespondent().then(() => window.location.replace(`/f/${code}`));
  }, [code, token]);
  return (
    <p className="feedback-status" role="status">
      Surfplattan är nu i kioskläge. Språkvalet öppnas …
    </p>
  );
}

export function ForgetKiosk({ token }: { token: string }) {
  useEffect(() => {
    if (kioskDevice()?.token === token) leaveKioskMode();
  }, [token]);
  return null;
}
