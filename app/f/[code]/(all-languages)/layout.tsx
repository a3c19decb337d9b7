// The language picker and the poster speak every language at once: the document is Swedish, and each text in
// another language carries its own lang and dir.
import { RespondentDocument } from '@/app/f/_components/respondent-document';

export default function AllLanguagesLayout({ children }: { children: React.ReactNode }) {
  return (
    <RespondentDocument lang="sv" dir="ltr">
      {children}
    </RespondentDocument>
  );
}
