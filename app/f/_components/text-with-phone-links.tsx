import { splitPhoneNumbers } from '@/lib/feedback/phone-links';

/** A respondent's text with 1177 and 112 as tap-to-call links. */
export function TextWithPhoneLinks({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, index) =>
        part.tel ? (
          <a key={index} href={part.tel} className="phone-link" dir="ltr">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
