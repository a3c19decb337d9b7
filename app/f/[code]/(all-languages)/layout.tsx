// The language picker and the poster speak every language at once: the document is Swedish, and each text in
// another language carries its own lang and dir.
import { KioskPickerReset } from '@/app/f/_components/kiosk-mode';
import { OfflineSupport } from '@/app/f/_components/offline-support';
import { RespondentDocument } from '@/app/f/_components/respondent-document';

export default async function AllLanguagesLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ code: string }>;
}) {
  const { code } = await params;
  return (
    <RespondentDocument lang="sv" dir="ltr">
      {children}
      <OfflineSupport code={code} />
      <KioskPickerReset code={code} />
    </RespondentDocument>
  );
}
