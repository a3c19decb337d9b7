// The page a tablet opens to become a kiosk: a respondent-style document (no staff header, no session).
import { RespondentDocument } from '@/app/f/_components/respondent-document';

export default function KioskLayout({ children }: { children: React.ReactNode }) {
  return (
    <RespondentDocument lang="sv" dir="ltr">
      {children}
    </RespondentDocument>
  );
}
