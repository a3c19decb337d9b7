import { LinkNotFound } from '@/app/f/_components/link-not-found';

export default function NotFound() {
  return <LinkNotFound />;
}
