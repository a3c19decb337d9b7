// The respondent's pages: language picker, survey, thank-you page, and the printable poster.
import './feedback.css';

export default function FeedbackLayout({ children }: { children: React.ReactNode }) {
  return children;
}
