// Public endpoint for anonymous feedback: everything happens in lib/feedback.
import { getDb } from '@/db';
import { handleFeedbackRequest } from '@/lib/feedback/http';

export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return handleFeedbackRequest(await getDb(), code, request);
}
