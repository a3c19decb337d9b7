// Public endpoint for anonymous feedback: everything happens in lib/feedback.
import { getDb } from '@/db';
import { feedbackRoute } from '@/lib/feedback/http';

export const POST = feedbackRoute(getDb);
